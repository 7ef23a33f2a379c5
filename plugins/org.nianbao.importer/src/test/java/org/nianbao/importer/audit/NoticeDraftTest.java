package org.nianbao.importer.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

/** The draft notice writes to organs about their publications' errors, not about what the import could not read. */
class NoticeDraftTest {

	private static AuditSummary.Item item(String input, String severity, String code, String organ) {
		return new AuditSummary.Item(input, 1, 1, severity, code, code + " 的说明", input, organ, 2024, null, code + organ,
				Origins.of(code));
	}

	private static String documentXml(byte[] docx) throws Exception {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				if (e.getName().equals("word/document.xml")) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		throw new AssertionError("no word/document.xml");
	}

	@Test
	void importErrorsAreNotTheOrgansButAreCounted() throws Exception {
		AuditSummary s = new AuditSummary();
		s.reports.add(new AuditSummary.Entry("in/a.txt", "甲镇人民政府", 2024, "T", 2, 1, List.of(), "ok", "2025-01-01"));
		s.reports.add(new AuditSummary.Entry("in/b.txt", "乙镇人民政府", 2024, "T", 1, 0, List.of(), "ok", "2025-01-01"));
		s.reports.add(new AuditSummary.Entry("in/c.txt", "丙镇人民政府", 2024, "T", 0, 1, List.of(), "ok", "2025-01-01"));
		s.findings.add(item("in/a.txt → 0000-a.nianbao", "error", "NB101", "甲镇人民政府"));
		s.findings.add(item("in/a.txt", "error", "NB055", "甲镇人民政府")); // the import's
		s.findings.add(item("in/a.txt → 0000-a.nianbao", "warning", "NB303", "甲镇人民政府"));
		s.findings.add(item("in/b.txt", "error", "NB055", "乙镇人民政府"));
		s.findings.add(item("in/c.txt → 0002-c.nianbao", "warning", "NB303", "丙镇人民政府"));

		assertEquals(List.of("in/a.txt"), NoticeDraft.publicationErrors(s).keySet().stream().map(AuditSummary.Entry::input).toList());
		String xml = documentXml(NoticeDraft.docx(s, LocalDate.of(2025, 4, 2)));
		assertTrue(xml.contains("甲镇人民政府（1个错误），如：[NB101] NB101 的说明。"), xml);
		assertFalse(xml.contains("乙镇人民政府（"), "its only error is the import's");
		assertTrue(xml.contains("另有1份报告的错误出自导入（原文未能读取），未列入，请核对原文后再定。"));
		// the common findings are the publications': NB303 twice in two organs, then NB101; no NB055
		assertTrue(xml.contains("[NB303] 共2个，涉及2个单位"));
		assertTrue(xml.contains("[NB101] 共1个，涉及1个单位"));
		assertFalse(xml.contains("[NB055]"));
		assertTrue(xml.contains("2025年4月2日"));
		assertTrue(xml.contains("（发文机关）"));
	}
}
