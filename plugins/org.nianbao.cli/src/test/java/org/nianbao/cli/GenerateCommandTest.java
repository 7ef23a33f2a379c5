package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

	record Run(int code, String out, String err) {
	}

	static Run run(String... args) {
		StringWriter out = new StringWriter(), err = new StringWriter();
		int code = NianbaoCli.run(new PrintWriter(out), new PrintWriter(err), args);
		return new Run(code, out.toString(), err.toString());
	}

	static Path example() {
		String root = System.getProperty("nianbao.root", "../..");
		return Paths.get(root).resolve("examples/gangkou-2024.nianbao").toAbsolutePath().normalize();
	}

	static List<String> names(Path dir) throws Exception {
		if (!Files.exists(dir)) {
			return List.of();
		}
		try (Stream<Path> s = Files.list(dir)) {
			return s.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void htmlAndDocxByDefaultNamedAfterTheInput(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("out");
		Run r = run("generate", "--out-dir", out.toString(), example().toString());
		assertEquals(0, r.code(), r.err());
		assertEquals(List.of("gangkou-2024.docx", "gangkou-2024.html"), names(out));
		assertTrue(r.out().contains(out.resolve("gangkou-2024.html").toString()));
	}

	@Test
	void dataExportsOnRequest(@TempDir Path dir) throws Exception {
		Run r = run("generate", "--json", "--csv", "-o", dir.toString(), example().toString());
		assertEquals(0, r.code(), r.err());
		assertEquals(List.of("gangkou-2024.csv", "gangkou-2024.json"), names(dir));
		assertTrue(Files.readString(dir.resolve("gangkou-2024.json"), StandardCharsets.UTF_8).contains("\"value\" : 10402"));
	}

	@Test
	void xlsxOnRequestHoldsEveryTableAsASheet(@TempDir Path dir) throws Exception {
		Run r = run("generate", "--xlsx", "-o", dir.toString(), example().toString());
		assertEquals(0, r.code(), r.err());
		assertEquals(List.of("gangkou-2024.xlsx"), names(dir));
		try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(dir.resolve("gangkou-2024.xlsx").toFile())) {
			assertEquals(6, wb.getNumberOfSheets());
			assertEquals("第二十条第（五）项", wb.getSheetName(1));
			assertEquals(10402.0, wb.getSheetAt(1).getRow(2).getCell(1).getNumericCellValue());
		}
	}

	@Test
	void pdfOnRequestIsRenderedByLibreOffice(@TempDir Path dir) throws Exception {
		if (org.nianbao.generator.office.LibreOffice.find().isEmpty()) {
			if (System.getenv("CI") != null) {
				throw new AssertionError("LibreOffice is not installed (CI is set: rendering tests must not be skipped)");
			}
			org.junit.jupiter.api.Assumptions.abort("LibreOffice is not installed");
		}
		Run r = run("generate", "--pdf", "-o", dir.toString(), example().toString());
		assertEquals(0, r.code(), r.err());
		assertEquals(List.of("gangkou-2024.pdf"), names(dir));
		byte[] pdf = Files.readAllBytes(dir.resolve("gangkou-2024.pdf"));
		assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
	}

	@Test
	void pdfWithoutLibreOfficeIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
		String property = org.nianbao.generator.office.LibreOffice.PROPERTY;
		System.setProperty(property, dir.resolve("no-soffice").toString());
		try {
			Path out = dir.resolve("out");
			Run r = run("generate", "--html", "--pdf", "-o", out.toString(), example().toString());
			assertEquals(ExitCodes.USAGE, r.code());
			assertEquals(1, r.err().strip().lines().count(), r.err());
			assertTrue(r.err().startsWith("nianbao: 未找到 LibreOffice"), r.err());
			assertTrue(r.err().contains("LibreOffice not found"), r.err());
			assertEquals(List.of(), names(out), "nothing written, not even the HTML");
		} finally {
			System.clearProperty(property);
		}
	}

	static final String BROKEN = """
			report 有错 : 政府信息公开年报2021 {
			  标题 "有错的报告"
			  section 主动公开 {
			    table 规章文件 {
			      不存在的行 1 2 3
			    }
			  }
			}
			""";

	@Test
	void aReportWithErrorsIsNotGeneratedWithoutForce(@TempDir Path dir) throws Exception {
		Path input = dir.resolve("broken.nianbao");
		Files.writeString(input, BROKEN, StandardCharsets.UTF_8);
		Path out = dir.resolve("out");
		Run r = run("generate", "--html", "--out-dir", out.toString(), input.toString());
		assertEquals(ExitCodes.FINDINGS, r.code());
		assertTrue(r.err().contains("broken.nianbao:5:") && r.err().contains("[NB002]"), r.err());
		assertTrue(r.err().contains("--force"), r.err());
		assertEquals(List.of(), names(out));
	}

	@Test
	void withForceTheReportIsGeneratedAndTheHtmlListsTheErrors(@TempDir Path dir) throws Exception {
		Path input = dir.resolve("broken.nianbao");
		Files.writeString(input, BROKEN, StandardCharsets.UTF_8);
		Run r = run("generate", "--force", "--html", "--out-dir", dir.toString(), input.toString());
		assertEquals(ExitCodes.FINDINGS, r.code(), "errors are still reported to scripts");
		String html = Files.readString(dir.resolve("broken.html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("class=\"errors\" role=\"alert\""));
		assertTrue(html.contains("[NB002]"));
		assertEquals(BROKEN, Files.readString(input, StandardCharsets.UTF_8), "the input is untouched");
	}

	@Test
	void usageErrorsExitWithTwo(@TempDir Path dir) {
		assertEquals(ExitCodes.USAGE, run("generate", example().toString()).code(), "--out-dir is required");
		assertEquals(ExitCodes.USAGE, run("generate", "-o", dir.toString(), dir.resolve("nope.nianbao").toString()).code());
	}

	@Test
	void reportsSharingAFileAreNamedAfterTheFileAndTheReport(@TempDir Path dir) throws Exception {
		String one = Files.readString(example(), StandardCharsets.UTF_8);
		String two = one.replace("report 港口镇2024", "report 港口镇2024副本");
		Path input = dir.resolve("two.nianbao");
		Files.writeString(input, one + "\n" + two.substring(two.indexOf("report 港口镇2024副本")), StandardCharsets.UTF_8);
		Path out = dir.resolve("out");
		Run r = run("generate", "--json", "-o", out.toString(), input.toString());
		assertEquals(0, r.code(), r.err());
		assertEquals(List.of("two.港口镇2024.json", "two.港口镇2024副本.json"), names(out));
	}

	@Test
	void twoInputsWithTheSameBaseNameDoNotOverwriteEachOther(@TempDir Path dir) throws Exception {
		Path a = Files.createDirectories(dir.resolve("a")).resolve("gangkou.nianbao");
		Path b = Files.createDirectories(dir.resolve("b")).resolve("gangkou.nianbao");
		Files.copy(example(), a);
		Files.copy(example(), b);
		Path out = dir.resolve("out");
		Run r = run("generate", "--json", "-o", out.toString(), a.toString(), b.toString());
		assertEquals(ExitCodes.USAGE, r.code());
		assertTrue(r.err().contains("重复"), r.err());
		assertEquals(List.of("gangkou.json"), names(out));
	}
}
