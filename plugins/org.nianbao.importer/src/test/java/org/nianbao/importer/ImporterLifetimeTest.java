package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;

/**
 * An importer keeps the national templates parsed per thread for its next import, and no longer than
 * it lives itself: a long-running thread that served many importers must not keep all their
 * templates (a fuzz run that made an importer per input ran out of heap so).
 */
class ImporterLifetimeTest {
	private static final byte[] PAGE = "一、总体情况\n本年度无。".getBytes(StandardCharsets.UTF_8);

	@Test
	void anImporterReusesItsTemplatesOnAThread() throws Exception {
		Importer importer = new Importer(ImportFixtures.injector(), new ArithmeticRowChecker());
		XtextResourceSet first = importer.libraries();
		importAndIgnore(importer);
		assertSame(first, importer.libraries());
	}

	@Test
	void aDroppedImportersTemplatesAreNotKeptByTheThread() throws Exception {
		WeakReference<XtextResourceSet> templates = templatesOfADroppedImporter();
		Importer next = new Importer(ImportFixtures.injector(), new ArithmeticRowChecker());
		for (int i = 0; i < 20 && templates.get() != null; i++) {
			System.gc();
			importAndIgnore(next); // the thread's table of templates is used again, and drops what was collected
			Thread.sleep(20);
		}
		assertNull(templates.get(), "the templates of an importer no longer used are still reachable from the thread");
	}

	private static WeakReference<XtextResourceSet> templatesOfADroppedImporter() throws Exception {
		Importer dropped = new Importer(ImportFixtures.injector(), new ArithmeticRowChecker());
		importAndIgnore(dropped);
		XtextResourceSet templates = dropped.libraries();
		assertNotNull(templates);
		return new WeakReference<>(templates);
	}

	private static void importAndIgnore(Importer importer) {
		try {
			importer.importBytes("p.txt", PAGE, Importer.TemplateChoice.AUTO);
		} catch (ImportException e) {
			// a page without tables: refused, after the templates were loaded, which is all this needs
		}
	}
}
