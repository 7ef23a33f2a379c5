package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The importer's messages come from the bundle {@code org.nianbao.diagnostics.importer}: in Chinese
 * with their English gloss, exactly as the literals read before the move, and in English when the
 * JVM runs with {@code nianbao.lang=en}; the values land in their places.
 */
class ImportMessagesTest {

	@AfterEach
	void chineseAgain() {
		System.clearProperty("nianbao.lang");
	}

	private static List<String> similarLabels() throws Exception {
		Importer.Result r = ImportFixtures.importer().importFile(ImportFixtures.seed(1), Importer.TemplateChoice.AUTO);
		return r.messages().stream().filter(m -> m.code().equals(ImportCodes.FUZZY_LABEL) && m.line() == 146)
				.map(ImportMessage::message).toList();
	}

	private static String legacyWord() {
		return assertThrows(ImportException.class, () -> ImportFixtures.importer().importBytes("a.doc",
				new byte[] { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, 0, 0 }, Importer.TemplateChoice.AUTO)).getMessage();
	}

	@Test
	void aMessageWithValuesReadsAsBeforeInChineseAndInEnglishWhenAsked() throws Exception {
		assertEquals(List.of("行标签“5.属于三类内容事务信息”与模板不符，按相似度对应到“5.属于三类内部事务信息”（内部事务），"
				+ "原文标签保留以便校验 (label matched by similarity)"), similarLabels());
		System.setProperty("nianbao.lang", "en");
		assertEquals(List.of("Row label \"5.属于三类内容事务信息\" differs from the template's, matched by similarity to "
				+ "\"5.属于三类内部事务信息\" (内部事务); the published label is kept for validation"), similarLabels());
	}

	@Test
	void aRefusalReadsAsBeforeInChineseAndInEnglishWhenAsked() {
		assertEquals("不支持旧版 Word（.doc）格式，请另存为 .docx 后再导入 (legacy .doc not supported)", legacyWord());
		System.setProperty("nianbao.lang", "en");
		assertEquals("Legacy Word (.doc) files are not supported: save it as .docx and import that", legacyWord());
	}
}
