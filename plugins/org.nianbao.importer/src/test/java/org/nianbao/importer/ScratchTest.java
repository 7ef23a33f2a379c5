package org.nianbao.importer;

import java.nio.file.*;
import org.junit.jupiter.api.Test;
import org.nianbao.NianbaoStandaloneSetup;

class ScratchTest {
	@Test
	void dump() throws Exception {
		var inj = new NianbaoStandaloneSetup().createInjectorAndDoEMFRegistration();
		Importer imp = new Importer(inj, (t, r, v) -> true);
		Path root = Paths.get(System.getProperty("nianbao.root"));
		for (int i = 0; i < 5; i++) {
			Path p = root.resolve("examples/published/seed-00" + i + ".txt");
			try {
				var res = imp.importFile(p, Importer.TemplateChoice.AUTO);
				Files.writeString(Paths.get("/tmp/imp-" + i + ".nianbao"), res.source());
				for (var m : res.messages()) System.out.println(i + ":" + m);
			} catch (ImportException e) {
				System.out.println(i + ": FAIL line " + e.line() + " " + e.getMessage());
			}
		}
	}
}
