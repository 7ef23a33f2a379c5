package org.nianbao.importer.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpilledNarrativeTest {

	@TempDir
	Path tmp;

	private static Map<String, String> sections() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("总体情况", "2024年，港口镇……\n共受理申请 27 件。\n");
		m.put("存在问题", "");
		m.put("其他", "含 \u0000、\u2028 与 😀 的文字\n".repeat(3000)); // over 64 KB of UTF-8
		m.put("主动公开", "规章 0 件");
		return m;
	}

	@Test
	void theNarrativeComesBackFromItsFileWholeAndInOrder() throws Exception {
		Map<String, String> original = sections();
		Path file = tmp.resolve("1.narrative");
		Map<String, String> spilled = SpilledNarrative.of(original, file);
		assertInstanceOf(SpilledNarrative.class, spilled);
		assertTrue(Files.size(file) > 64 * 1024);
		assertEquals(List.copyOf(original.keySet()), List.copyOf(spilled.keySet()), "the sections' order");
		assertEquals(original, spilled);
		assertEquals(original.get("其他"), spilled.get("其他"));
		assertTrue(spilled.containsKey("存在问题"));
		assertFalse(spilled.containsKey("不存在"));
		assertThrows(UnsupportedOperationException.class, () -> spilled.put("x", "y"));
	}

	@Test
	void aFileThatCannotBeWrittenKeepsTheNarrativeInMemory() throws Exception {
		Map<String, String> original = sections();
		Path notAFolder = Files.writeString(tmp.resolve("file"), "x");
		assertSame(original, SpilledNarrative.of(original, notAFolder.resolve("1.narrative")));
	}

	@Test
	void aFileGoneFromTheWorkFolderIsSaidSo() throws Exception {
		Path file = tmp.resolve("2.narrative");
		Map<String, String> spilled = SpilledNarrative.of(sections(), file);
		Files.delete(file);
		UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> spilled.get("总体情况"));
		assertTrue(e.getMessage().contains("2.narrative"), e.getMessage());
	}
}
