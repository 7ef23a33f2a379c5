package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.generator.docx.DocxGenerator;
import org.nianbao.generator.model.ArithmeticComputer;
import org.nianbao.generator.model.ReportView;
import org.nianbao.generator.office.LibreOffice;
import org.nianbao.nianbao.Report;

/**
 * The examples published as others would publish them, and imported back to the same numbers: the
 * generator's DOCX; that DOCX printed to PDF by LibreOffice (read directly, and as `pdftotext
 * -layout` text); and LibreOffice's HTML export of it (Word-style HTML). Every cell the example
 * writes is compared with the imported one.
 */
class OutputFormsTest {

	private static Report example(String name) throws IOException {
		return ImportFixtures.parse(ImportFixtures.root().resolve("examples").resolve(name));
	}

	private static byte[] docx(String name) throws IOException {
		Report report = example(name);
		ReportView view = ReportView.of(report, name, List.of(),
				ImportFixtures.injector().getInstance(ArithmeticComputer.class));
		return new DocxGenerator().generate(view);
	}

	private static void sameNumbers(String name, Importer.Result imported) throws IOException {
		Map<String, List<BigDecimal>> want = ImportFixtures.cells(example(name));
		Map<String, List<BigDecimal>> got = ImportFixtures.cells(ImportFixtures.parse(imported.source()));
		assertEquals(want, got, name);
		assertFalse(imported.hasErrors(), imported.messages().toString());
	}

	private static LibreOffice libreOffice() {
		try {
			return LibreOffice.locate();
		} catch (Exception e) {
			if (System.getenv("CI") != null) {
				fail("LibreOffice not installed (CI is set: rendering tests must not be skipped)");
			}
			Assumptions.abort("LibreOffice not installed");
			return null;
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "gangkou-2024.nianbao", "enping-2024.nianbao" })
	void theGeneratorsDocxImportsToTheSameNumbers(String name) throws Exception {
		sameNumbers(name, ImportFixtures.importer().importBytes("r.docx", docx(name), Importer.TemplateChoice.AUTO));
	}

	@ParameterizedTest
	@ValueSource(strings = { "gangkou-2024.nianbao", "enping-2024.nianbao" })
	void itsPdfFromLibreOfficeImportsDirectlyAndAsPdftotextLayout(String name) throws Exception {
		byte[] pdf = libreOffice().convert(docx(name), "r.docx", "pdf");
		sameNumbers(name, ImportFixtures.importer().importBytes("r.pdf", pdf, Importer.TemplateChoice.AUTO));

		Path dir = Files.createTempDirectory("nb-pdftotext");
		Path in = Files.write(dir.resolve("r.pdf"), pdf), out = dir.resolve("r.txt");
		Process p;
		try {
			p = new ProcessBuilder("pdftotext", "-layout", in.toString(), out.toString()).redirectErrorStream(true).start();
		} catch (IOException e) {
			if (System.getenv("CI") != null) {
				fail("pdftotext not installed (CI is set)");
			}
			Assumptions.abort("pdftotext not installed");
			return;
		}
		assertEquals(true, p.waitFor(60, TimeUnit.SECONDS));
		assertEquals(0, p.exitValue());
		String text = Files.readString(out, StandardCharsets.UTF_8);
		sameNumbers(name, ImportFixtures.importText("r.txt", text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "gangkou-2024.nianbao", "enping-2024.nianbao" })
	void libreOfficesWordStyleHtmlImportsToTheSameNumbers(String name) throws Exception {
		byte[] html = libreOffice().convert(docx(name), "r.docx", "html");
		// where the reader finds lines without jsoup's tracking, they are jsoup's
		org.nianbao.importer.source.HtmlTagLinesTest.assertLinesAgree(new String(html, StandardCharsets.UTF_8));
		sameNumbers(name, ImportFixtures.importer().importBytes("r.html", html, Importer.TemplateChoice.AUTO));
	}

	/**
	 * A DOCX not made by the project (built with POI: vertical merges for the group labels, the long
	 * row labels wrapped in their cells), printed to PDF by LibreOffice, imports to the text's numbers.
	 */
	@org.junit.jupiter.api.Test
	void aPoiMadeDocxWithMergedCellsAndWrappedLabelsImportsFromItsPdf() throws Exception {
		byte[] pdf = libreOffice().convert(FormsTest.docx(), "enping.docx", "pdf");
		Importer.Result r = ImportFixtures.importer().importBytes("enping.pdf", pdf, Importer.TemplateChoice.AUTO);
		assertEquals(FormsTest.textNumbers(), ImportFixtures.cells(ImportFixtures.parse(r.source())));
		assertFalse(r.hasErrors(), r.messages().toString());
	}
}
