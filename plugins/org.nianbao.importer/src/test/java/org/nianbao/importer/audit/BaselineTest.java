package org.nianbao.importer.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baseline comparison and update, and the baseline file's round trip. */
class BaselineTest {

	private static AuditSummary.Item item(String fp, String code) {
		return new AuditSummary.Item("in", 1, 1, "error", code, "问题" + fp, "in", "甲", 2024, null, fp, Origins.of(code));
	}

	private static final Baseline DECIDED = new Baseline(List.of(
			new Baseline.Entry("a", "NB101", "甲", 2024, "t.r.c", "旧", "open", null),
			new Baseline.Entry("b", "NB102", "甲", 2024, null, "旧", "confirmed", null),
			new Baseline.Entry("c", "NB103", "甲", 2024, null, "旧", "dismissed", "已核实"),
			new Baseline.Entry("d", "NB104", "甲", 2024, null, "旧", "open", null)));

	@Test
	void everyFindingGetsItsStateAndTheGoneAreFixed() {
		List<AuditSummary.Item> run = List.of(item("a", "NB101"), item("b", "NB102"), item("c", "NB103"), item("e", "NB055"));
		BaselineComparison c = new BaselineComparison(DECIDED, run);
		assertEquals(List.of("unchanged", "confirmed", "dismissed", "new"),
				run.stream().map(f -> c.state(f.fingerprint())).toList());
		assertEquals(List.of("d"), c.fixed().stream().map(Baseline.Entry::fingerprint).toList());
		assertEquals(Map.of("new", 1, "unchanged", 1, "confirmed", 1, "dismissed", 1, "fixed", 1), c.counts(run));
		assertEquals("已核实", c.entry("c").reason());
		assertEquals("import", run.get(3).origin());
		assertEquals("publication", run.get(0).origin());
	}

	@Test
	void updateKeepsDecisionsTakesTheRunsMessagesAndDropsTheFixed(@TempDir Path tmp) throws Exception {
		Baseline next = DECIDED.update(List.of(item("c", "NB103"), item("e", "NB055")));
		assertEquals(List.of(new Baseline.Entry("c", "NB103", "甲", 2024, null, "问题c", "dismissed", "已核实"),
				new Baseline.Entry("e", "NB055", "甲", 2024, null, "问题e", "open", null)), next.findings());
		Path f = tmp.resolve("b.json");
		BaselineFile.write(f, next);
		assertEquals(next, BaselineFile.read(f));
		assertTrue(Files.readString(f).contains("\"reason\" : \"已核实\""));
	}

	@Test
	void aFileThatIsNoBaselineIsRefused(@TempDir Path tmp) throws Exception {
		Path f = tmp.resolve("b.json");
		Files.writeString(f, "[1, 2]");
		assertTrue(assertThrows(AuditInputException.class, () -> BaselineFile.read(f)).getMessage()
				.contains("{\"findings\": [...]}"));
		Files.writeString(f, "{\"findings\": [{\"status\": \"open\"}]}");
		assertTrue(assertThrows(AuditInputException.class, () -> BaselineFile.read(f)).getMessage()
				.contains("第 1 条缺少 fingerprint"));
		Files.writeString(f, "{\"findings\": [");
		assertTrue(assertThrows(AuditInputException.class, () -> BaselineFile.read(f)).getMessage()
				.contains("不是有效的 JSON"));
	}
}
