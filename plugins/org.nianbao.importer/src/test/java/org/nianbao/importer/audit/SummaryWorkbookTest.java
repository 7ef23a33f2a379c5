package org.nianbao.importer.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook streamed through POI's temporary files: every row in it, and no temporary file left, written or failed. */
class SummaryWorkbookTest {

	@TempDir
	Path poiFiles;

	@BeforeEach
	void ownTemporaryFolder() {
		TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(poiFiles.toFile()));
	}

	@AfterEach
	void usualTemporaryFolder() {
		TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
	}

	private static AuditSummary summary(int n) {
		AuditSummary s = new AuditSummary();
		for (int i = 0; i < n; i++) {
			String input = "in/r" + i + ".nianbao";
			s.reports.add(new AuditSummary.Entry(input, "机关" + i, 2024, "gov-2021", i % 3, i % 2, List.of(), "ok", "2025-01-01"));
			s.findings.add(new AuditSummary.Item(input, i + 1, 2, "error", "NB101", "问题 " + i, input, "机关" + i, 2024,
					"申请.新收.总计", String.format("%016x", i), Origins.PUBLICATION));
		}
		return s;
	}

	private long leftOver() throws IOException {
		try (var files = Files.walk(poiFiles)) {
			return files.filter(Files::isRegularFile).count();
		}
	}

	@Test
	void everyRowIsWrittenAndNoTemporaryFileStays() throws Exception {
		// more rows than are kept in memory: the first ones are read back from the sheet's temporary file
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SummaryWorkbook.write(summary(1000), out);
		assertEquals(0, leftOver(), "temporary files left");
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			XSSFSheet reports = wb.getSheet(SummaryWorkbook.REPORTS);
			assertEquals(1000, reports.getLastRowNum());
			assertEquals("in/r0.nianbao", reports.getRow(1).getCell(0).getStringCellValue());
			assertEquals("机关999", reports.getRow(1000).getCell(1).getStringCellValue());
			assertEquals(2.0, reports.getRow(6).getCell(5).getNumericCellValue(), "errors, a number");
			XSSFSheet findings = wb.getSheet(SummaryWorkbook.FINDINGS);
			assertEquals(1000, findings.getLastRowNum());
			assertEquals("问题 500", findings.getRow(501).getCell(8).getStringCellValue());
		}
	}

	@Test
	void aFailedWriteLeavesNoTemporaryFile() throws Exception {
		OutputStream failing = new OutputStream() {
			int written;

			@Override
			public void write(int b) throws IOException {
				if (++written > 4096) {
					throw new IOException("disk full");
				}
			}
		};
		IOException e = assertThrows(IOException.class, () -> SummaryWorkbook.write(summary(1000), failing));
		assertTrue(e.getMessage().contains("disk full"), e.getMessage());
		assertEquals(0, leftOver(), "temporary files left");
	}
}
