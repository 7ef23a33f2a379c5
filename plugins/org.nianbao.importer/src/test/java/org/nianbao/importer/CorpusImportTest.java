package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.TableData;
import org.nianbao.nianbao.UnreadableCell;
import org.nianbao.validation.IssueCodes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The real publications of ../shared/corpus (copied unchanged to examples/corpus, so that a clone
 * tests on its own), in forms the samples lack (a page on one line,
 * `pdftotext -layout` text, a PDF-to-Markdown conversion): every cell of the application matrix, the
 * review and litigation table and the 第二十条 figures equals the hand-checked truth.json; a cell
 * the truth marks as undecidable (raw digits, a note floated out of its table) is imported as
 * unreadable and reported, never guessed; the imported report validates with no error.
 */
class CorpusImportTest {

	static Path corpus() {
		return ImportFixtures.root().resolve("examples/corpus").normalize();
	}

	/** The copy is the shared corpus, byte for byte, wherever ../shared is beside the project. */
	@org.junit.jupiter.api.Test
	void theCopyIsTheSharedCorpus() throws IOException {
		Path shared = ImportFixtures.root().resolve("../shared/corpus").normalize();
		org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(shared), "no " + shared);
		try (var files = java.nio.file.Files.list(shared)) {
			List<Path> all = files.sorted().toList();
			assertEquals(6, all.size(), all.toString());
			for (Path f : all) {
				org.junit.jupiter.api.Assertions.assertArrayEquals(java.nio.file.Files.readAllBytes(f),
						java.nio.file.Files.readAllBytes(corpus().resolve(f.getFileName().toString())), f.toString());
			}
		}
	}

	static Stream<String> textReports() throws IOException {
		JsonNode truth = new ObjectMapper().readTree(corpus().resolve("truth.json").toFile());
		List<String> names = new ArrayList<>();
		truth.forEach(t -> {
			names.add(t.get("file").asText());
		});
		assertEquals(4, names.size(), "the corpus's reports: three texts and a PDF");
		return names.stream();
	}

	private static JsonNode truthOf(String name) throws IOException {
		for (JsonNode t : new ObjectMapper().readTree(corpus().resolve("truth.json").toFile())) {
			if (t.get("file").asText().equals(name)) {
				return t;
			}
		}
		throw new AssertionError(name);
	}

	/** A corpus file imported as published: a text after its SOURCE line, a PDF as it is. */
	static Importer.Result imported(String name) throws Exception {
		if (name.endsWith(".pdf")) {
			return ImportFixtures.importer().importBytes(name, Files.readAllBytes(corpus().resolve(name)), Importer.TemplateChoice.AUTO);
		}
		return ImportFixtures.importText(name, content(name));
	}

	/** The file's content after its first line (`SOURCE: …`, where the file was found). */
	static String content(String name) throws IOException {
		String all = Files.readString(corpus().resolve(name), StandardCharsets.UTF_8);
		return all.substring(all.indexOf('\n') + 1);
	}

	private static final String[] COLUMNS = { "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计" };
	private static final Map<String, String> GROUPS = Map.of("行政复议", "行政复议", "行政诉讼 未经复议直接起诉", "直接起诉",
			"行政诉讼 复议后起诉", "复议后起诉");
	private static final String[] PARTS = { "结果维持", "结果纠正", "其他结果", "尚未审结", "总计" };
	private static final List<String> ROWS_2021 = List.of("新收", "上年结转", "办理结果.予以公开", "办理结果.部分公开",
			"办理结果.不予公开.国家秘密", "办理结果.不予公开.禁止公开", "办理结果.不予公开.三安全一稳定", "办理结果.不予公开.第三方权益",
			"办理结果.不予公开.内部事务", "办理结果.不予公开.过程性信息", "办理结果.不予公开.执法案卷", "办理结果.不予公开.查询事项",
			"办理结果.无法提供.不掌握", "办理结果.无法提供.另行制作", "办理结果.无法提供.仍不明确", "办理结果.不予处理.信访举报",
			"办理结果.不予处理.重复申请", "办理结果.不予处理.公开出版物", "办理结果.不予处理.大量反复", "办理结果.不予处理.确认或重新出具",
			"办理结果.其他处理.逾期不补正", "办理结果.其他处理.逾期未缴费", "办理结果.其他处理.其他", "办理结果.总计", "结转下年");

	@ParameterizedTest
	@MethodSource("textReports")
	void everyCellEqualsTheHandCheckedTruth(String name) throws Exception {
		JsonNode truth = truthOf(name);
		Importer.Result result = imported(name);
		assertEquals("政府信息公开年报" + truth.get("format").asText(), result.templateName());
		var report = ImportFixtures.parse(result.source());
		Map<String, List<BigDecimal>> cells = ImportFixtures.cells(report);
		assertEquals(truth.get("year").asInt(), report.getYear().intValue());

		JsonNode rows = truth.get("application_matrix").get("rows");
		assertEquals(ROWS_2021.size(), rows.size());
		for (int r = 0; r < rows.size(); r++) {
			List<BigDecimal> got = cells.get("申请/" + ROWS_2021.get(r));
			JsonNode want = rows.get(r).get("cells");
			for (int c = 0; c < COLUMNS.length; c++) {
				assertEquals(new BigDecimal(want.get(c).asText()).stripTrailingZeros(), got.get(c),
						name + " 申请/" + ROWS_2021.get(r) + "/" + COLUMNS[c]);
			}
		}
		List<BigDecimal> review = cells.get("复议诉讼/件数");
		int col = 0;
		for (String group : List.of("行政复议", "行政诉讼 未经复议直接起诉", "行政诉讼 复议后起诉")) {
			for (String part : PARTS) {
				assertEquals(BigDecimal.valueOf(truth.get("review_litigation").get(group).get(part).asLong()).stripTrailingZeros(), review.get(col++),
						name + " 复议诉讼 " + GROUPS.get(group) + "/" + part);
			}
		}
		JsonNode a20 = truth.get("article_20");
		for (String row : List.of("规章", "行政规范性文件")) {
			String key = "规章文件/" + (row.equals("规章") ? "规章" : "规范性文件");
			JsonNode want = a20.get(row);
			if (want.has("raw")) {
				// Digits no relation splits: unreadable, never guessed.
				assertTrue(cells.get(key).stream().allMatch(v -> v == null), name + " " + key + " " + cells.get(key));
				assertTrue(unreadable(report, "规章文件", row.equals("规章") ? "规章" : "规范性文件"), key + " marked ?");
				assertTrue(result.messages().stream().anyMatch(m -> m.isError() && m.code().equals(ImportCodes.AMBIGUOUS_DIGITS)
						&& m.message().contains(want.get("raw").asText())), "reported with its digits");
				continue;
			}
			String[] cols = { "本年制发件数", "本年废止件数", "现行有效件数" };
			boolean inferred = false;
			for (String c : cols) {
				inferred |= want.get(c).has("raw");
			}
			if (inferred) {
				// A cell floated out of its row: the row's place cannot be read for certain; reported.
				assertTrue(unreadable(report, "规章文件", key.substring(key.indexOf('/') + 1)), key + " marked ?");
				assertTrue(result.messages().stream().anyMatch(m -> m.isError() && m.code().equals(ImportCodes.UNREADABLE_ROW)), name);
				continue;
			}
			for (int c = 0; c < cols.length; c++) {
				assertEquals(BigDecimal.valueOf(want.get(cols[c]).asLong()).stripTrailingZeros(), cells.get(key).get(c), name + " " + key + "/" + cols[c]);
			}
		}
		assertEquals(new BigDecimal(a20.get("行政许可").asText()).stripTrailingZeros(), cells.get("行政许可/行政许可").get(0));
		assertEquals(new BigDecimal(a20.get("行政处罚").asText()).stripTrailingZeros(), cells.get("处罚强制/行政处罚").get(0));
		assertEquals(new BigDecimal(a20.get("行政强制").asText()).stripTrailingZeros(), cells.get("处罚强制/行政强制").get(0));
		assertEquals(new BigDecimal(a20.get("行政事业性收费（万元）").asText()).stripTrailingZeros(), cells.get("收费/行政事业性收费").get(0));

		List<Issue> errors = validate(result.source()).stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertEquals(List.of(), errors.stream().map(i -> i.getCode() + " " + i.getMessage()).toList(), name);
	}

	@ParameterizedTest
	@MethodSource("textReports")
	void thePreambleStaysOutOfTheOverview(String name) throws Exception {
		Importer.Result result = imported(name);
		assertFalse(result.report().preamble.isEmpty(), name + ": the text before 一、总体情况 is kept");
		String preamble = String.join("", result.report().preamble);
		assertTrue(preamble.contains("条例"), preamble);
		for (Object o : result.report().sections.get(0).contents) {
			assertFalse(o instanceof ImportedReport.Text p && p.text().contains("统计期限"), "the preamble is not folded into 总体情况: " + o);
		}
	}

	@ParameterizedTest
	@MethodSource("textReports")
	void unreadableCellsAreTheImportsWarningNotAnError(String name) throws Exception {
		Importer.Result result = imported(name);
		long unreadable = result.source().lines().filter(l -> l.matches(".*\\s\\?(\\s.*|$)")).count();
		List<Issue> issues = validate(result.source());
		long warned = issues.stream().filter(i -> IssueCodes.UNREADABLE_CELL.equals(i.getCode())).count();
		assertTrue(issues.stream().noneMatch(i -> IssueCodes.UNREADABLE_CELL.equals(i.getCode()) && i.getSeverity() == Severity.ERROR));
		if (unreadable > 0) {
			assertTrue(warned >= 3, name + ": each ? cell is a warning naming the import");
		}
	}

	private static boolean unreadable(org.nianbao.nianbao.Report report, String table, String row) {
		for (TableData t : EcoreUtil2.getAllContentsOfType(report, TableData.class)) {
			if (!t.getTable().getName().equals(table)) {
				continue;
			}
			for (RowData r : t.getRows()) {
				if (r.getRow().getName().equals(row)) {
					return !r.getCells().isEmpty() && r.getCells().stream().allMatch(c -> c instanceof UnreadableCell);
				}
			}
		}
		return false;
	}

	static List<Issue> validate(String source) throws IOException {
		XtextResourceSet rs = ImportFixtures.injector().getInstance(XtextResourceSet.class);
		XtextResource r = (XtextResource) rs.createResource(URI.createURI("test:/v" + System.nanoTime() + ".nianbao"));
		r.load(new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)), null);
		IResourceValidator v = ImportFixtures.injector().getInstance(IResourceValidator.class);
		List<Issue> issues = v.validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
		assertNull(issues.stream().filter(i -> i.getCode() != null && i.getCode().equals(IssueCodes.SYNTAX)).findFirst().orElse(null));
		return issues;
	}
}
