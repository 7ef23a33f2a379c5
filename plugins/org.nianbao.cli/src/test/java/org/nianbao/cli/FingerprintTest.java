package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.cli.AuditFixtures.BLANK_TOTAL;
import static org.nianbao.cli.AuditFixtures.JSON;
import static org.nianbao.cli.AuditFixtures.REVIEW_TOTAL;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** `validate --format json` fingerprints: from code, organ, year and cell or text, never from lines. */
class FingerprintTest {

	@TempDir
	Path tmp;

	/** code + message → fingerprint. */
	private Map<String, String> fingerprints(Path file) throws Exception {
		var r = CliTestSupport.run("validate", "--format", "json", file.toString());
		Map<String, String> m = new LinkedHashMap<>();
		for (JsonNode f : JSON.readTree(r.out())) {
			m.put(f.get("code").asText() + " " + f.get("message").asText(), f.get("fingerprint").asText());
		}
		return m;
	}

	@Test
	void fingerprintsAreStableAcrossLinesAndTellFindingsApart() throws Exception {
		Path a = AuditFixtures.report(tmp.resolve("a"), "r.nianbao", "中山市港口镇人民政府", 2024, "2025-01-16", REVIEW_TOTAL,
				BLANK_TOTAL);
		Map<String, String> base = fingerprints(a);
		assertTrue(base.size() >= 4, base.toString());
		for (String fp : base.values()) {
			assertTrue(fp.matches("[0-9a-f]{16}"), fp);
		}
		assertEquals(base.size(), new HashSet<>(base.values()).size(), "every finding its own fingerprint: " + base);

		// lines moved (a comment and blank lines at the top) and the value of the wrong cell changed:
		// the same findings (the message of NB101 changes with the value; its fingerprint must not)
		String moved = "// 第二稿\n\n\n" + Files.readString(a).replace("件数  2 0 0 0 3", "件数  2 0 0 0 4");
		Path b = Files.createDirectories(tmp.resolve("b")).resolve("r.nianbao");
		Files.writeString(b, moved);
		Set<String> after = new HashSet<>(fingerprints(b).values());
		assertEquals(new HashSet<>(base.values()), after);

		// another organ or another year: other fingerprints for the same faults
		Path c = AuditFixtures.report(tmp.resolve("c"), "r.nianbao", "中山市佐龙镇人民政府", 2024, "2025-01-16", REVIEW_TOTAL,
				BLANK_TOTAL);
		Path d = AuditFixtures.report(tmp.resolve("d"), "r.nianbao", "中山市港口镇人民政府", 2023, "2024-01-16", REVIEW_TOTAL,
				BLANK_TOTAL);
		for (Path other : new Path[] { c, d }) {
			Set<String> fps = new HashSet<>(fingerprints(other).values());
			fps.retainAll(base.values());
			assertEquals(Set.of(), fps, other.toString());
		}
		// the organ as written with full-width spaces is the same organ
		Path e = AuditFixtures.report(tmp.resolve("e"), "r.nianbao", "中山市　港口镇人民政府", 2024, "2025-01-16",
				REVIEW_TOTAL, BLANK_TOTAL);
		assertEquals(new HashSet<>(base.values()), new HashSet<>(fingerprints(e).values()));
		// two NB303 on different phrases of one paragraph differ
		String[] narrative = base.keySet().stream().filter(k -> k.startsWith("NB303")).toArray(String[]::new);
		assertEquals(2, narrative.length, base.toString());
		assertNotEquals(base.get(narrative[0]), base.get(narrative[1]));
	}
}
