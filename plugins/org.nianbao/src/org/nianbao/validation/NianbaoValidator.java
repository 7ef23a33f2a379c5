package org.nianbao.validation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.nianbao.arithmetic.Arithmetic;
import org.nianbao.arithmetic.CellKey;
import org.nianbao.arithmetic.NarrativeExpressions;
import org.nianbao.arithmetic.Numbers;
import org.nianbao.arithmetic.Relation;
import org.nianbao.arithmetic.ReportResult;
import org.nianbao.arithmetic.TableResult;
import org.nianbao.arithmetic.Violation;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Cell;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.NumberCell;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.SectionData;
import org.nianbao.nianbao.SectionDef;
import org.nianbao.nianbao.TableData;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.Template;

import com.google.inject.Inject;

/**
 * The checks of a report against its template, one {@code check<What>} per rule family:
 * arithmetic (NB1xx, from {@link Arithmetic}: the template's relations, nothing table-specific
 * here), structure (NB2xx), and the checks beyond one table (NB3xx). Cell diagnostics sit on
 * the cell token and carry {@link Finding}'s data layout; messages come from {@link Messages}.
 *
 * <p>The NB3xx checks follow the national formats: they apply when the template has the
 * sections and tables they talk about (by name: 申请, 复议诉讼, 规章文件, 总体情况, 问题改进, 其他事项),
 * so a user-written template is not affected.
 */
public class NianbaoValidator extends AbstractNianbaoValidator {

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;

	/** 篇幅原则上不超过一千字. */
	public static final int OVERVIEW_LIMIT = 1000;
	/** Bigram similarity from which section 五 counts as repeated. */
	public static final double REPEAT_THRESHOLD = 0.8;

	@Inject
	private Arithmetic arithmetic;

	@Inject
	private NarrativeExpressions expressions;

	// ---- shared per validation run -----------------------------------------------------------

	/** One evaluation per report and validation run, shared by the checks that need values. */
	private ReportResult results(Report report) {
		Map<Object, Object> context = getContext();
		Object key = new ResultsKey(report);
		if (context != null && context.get(key) instanceof ReportResult r) {
			return r;
		}
		ReportResult r = arithmetic.evaluate(report);
		if (context != null) {
			context.put(key, r);
		}
		return r;
	}

	private record ResultsKey(Report report) {
	}

	private record PreviousKey(Report report) {
	}

	private PreviousReports.Lookup previous(Report report) {
		Map<Object, Object> context = getContext();
		Object key = new PreviousKey(report);
		if (context != null && context.get(key) instanceof PreviousReports.Lookup l) {
			return l;
		}
		PreviousReports.Lookup l = PreviousReports.find(report);
		if (context != null) {
			context.put(key, l);
		}
		return l;
	}

	/** expected, actual ("" if blank), table, row, column, then the code's own data. */
	static String[] cellData(BigDecimal expected, BigDecimal actual, CellKey cell, String... more) {
		String[] data = new String[5 + more.length];
		data[Finding.DATA_EXPECTED] = expected == null ? "" : Numbers.format(expected);
		data[Finding.DATA_ACTUAL] = actual == null ? "" : Numbers.format(actual);
		data[Finding.DATA_TABLE] = Tables.tableOf(cell.row()).getName();
		data[Finding.DATA_ROW] = cell.rowName();
		data[Finding.DATA_COLUMN] = cell.columnName();
		System.arraycopy(more, 0, data, 5, more.length);
		return data;
	}

	private static EStructuralFeature featureOf(Cell token) {
		return token instanceof NumberCell ? P.getNumberCell_Value() : null;
	}

	// ---- NB1xx arithmetic --------------------------------------------------------------------

	@Check
	public void checkArithmetic(Report report) {
		if (Tables.template(report) == null) {
			return;
		}
		for (Violation v : results(report).violations()) {
			Cell token = v.token();
			if (token == null) {
				continue;
			}
			String code;
			String[] data;
			boolean error = true;
			switch (v.kind()) {
			case MISMATCH -> {
				code = IssueCodes.RELATION_MISMATCH;
				data = cellData(v.expected(), v.actual(), v.cell(), nameFor(v.relation(), v.cell()), v.derivation());
			}
			case CULPRIT -> {
				code = IssueCodes.LIKELY_CULPRIT;
				List<String> texts = new ArrayList<>();
				for (Relation r : v.relations()) {
					texts.add(r.subjectCell().display() + "：" + r.text());
				}
				data = cellData(v.expected(), v.actual(), v.cell(), v.cell().display(),
						String.valueOf(v.relations().size()), String.join("；", texts));
			}
			case BLANK -> {
				// a blank that hides a 0 is how reports are published; one that hides a number is an error
				boolean zero = v.expected().signum() == 0;
				code = zero ? IssueCodes.BLANK_ZERO : IssueCodes.BLANK_DETERMINED;
				error = !zero;
				data = cellData(v.expected(), null, v.cell(), v.cell().display(), v.derivation());
			}
			case UNDETERMINED_BLANK -> {
				code = IssueCodes.BLANK_UNDETERMINED;
				error = false;
				data = cellData(null, null, v.cell(), v.cell().display());
			}
			case NEGATIVE -> {
				code = IssueCodes.NEGATIVE;
				data = cellData(null, v.actual(), v.cell(), v.cell().display());
			}
			case NOT_INTEGER -> {
				code = IssueCodes.NOT_INTEGER;
				data = cellData(null, v.actual(), v.cell(), v.cell().display());
			}
			case UNREADABLE -> {
				code = IssueCodes.UNREADABLE_CELL;
				error = false;
				String value = v.expected() == null ? "" : Numbers.format(v.expected());
				data = cellData(v.expected(), null, v.cell(), v.cell().display(),
						value.isEmpty() ? "" : "；由勾稽关系推得应为 " + value + "（= " + v.derivation() + "）",
						value.isEmpty() ? "" : "; the relations give " + value + " (= " + v.derivation() + ")");
			}
			default -> throw new IllegalStateException(v.kind().toString());
			}
			String message = Messages.render(code, data);
			if (error) {
				error(message, token, featureOf(token), code, data);
			} else {
				warning(message, token, featureOf(token), code, data);
			}
		}
	}

	/** The derived value's name: the relation's (`总计`) when the cell is its subject, else the cell. */
	private static String nameFor(Relation r, CellKey cell) {
		return r.subjectCell().equals(cell) ? r.name() : cell.display();
	}

	// ---- NB2xx structure ---------------------------------------------------------------------

	@Check
	public void checkSections(Report report) {
		Template template = Tables.template(report);
		if (template == null) {
			return;
		}
		Set<SectionDef> seen = new HashSet<>();
		for (SectionData s : report.getSections()) {
			SectionDef def = s.getSection();
			if (def == null || def.eIsProxy()) {
				continue;
			}
			if (!seen.add(def)) {
				String[] data = { def.getName() };
				error(Messages.render(IssueCodes.DUPLICATE_SECTION, data), s, P.getSectionData_Section(),
						IssueCodes.DUPLICATE_SECTION, data);
				continue;
			}
			Set<TableDef> tables = new HashSet<>();
			for (TableData t : EcoreUtil2.typeSelect(s.getContents(), TableData.class)) {
				if (t.getTable() != null && !t.getTable().eIsProxy() && !tables.add(t.getTable())) {
					String[] data = { t.getTable().getName() };
					error(Messages.render(IssueCodes.DUPLICATE_TABLE, data), t, P.getTableData_Table(),
							IssueCodes.DUPLICATE_TABLE, data);
				}
			}
			for (TableDef def2 : def.getTables()) {
				if (!tables.contains(def2)) {
					String[] data = { def2.getName(), def2.getCaption(), def.getName() };
					error(Messages.render(IssueCodes.MISSING_TABLE, data), s, P.getSectionData_Section(),
							IssueCodes.MISSING_TABLE, data);
				}
			}
		}
		for (SectionDef def : template.getSections()) {
			if (!seen.contains(def)) {
				String[] data = { def.getName(), def.getHeading() };
				error(Messages.render(IssueCodes.MISSING_SECTION, data), report, P.getTopLevel_Name(),
						IssueCodes.MISSING_SECTION, data);
			}
		}
	}

	@Check
	public void checkRows(TableData table) {
		TableDef def = table.getTable();
		if (def == null || def.eIsProxy()) {
			return;
		}
		List<Leaf> columns = Tables.columnLeaves(def);
		Set<Leaf> seen = new HashSet<>();
		for (RowData row : table.getRows()) {
			Leaf leaf = row.getRow();
			if (leaf == null || leaf.eIsProxy()) {
				continue;
			}
			String rowName = Tables.shortestName(leaf);
			if (!seen.add(leaf)) {
				String[] data = { def.getName(), rowName };
				error(Messages.render(IssueCodes.DUPLICATE_ROW, data), row, P.getRowData_Row(), IssueCodes.DUPLICATE_ROW,
						data);
			}
			int n = row.getCells().size();
			if (n < columns.size()) {
				String[] data = { def.getName(), rowName, String.valueOf(columns.size()), String.valueOf(n) };
				error(Messages.render(IssueCodes.TOO_FEW_CELLS, data), row, P.getRowData_Row(),
						IssueCodes.TOO_FEW_CELLS, data);
			} else if (n > columns.size()) {
				String[] data = { def.getName(), rowName, String.valueOf(columns.size()),
						String.valueOf(n - columns.size()) };
				error(Messages.render(IssueCodes.TOO_MANY_CELLS, data), row.getCells().get(columns.size()), null,
						IssueCodes.TOO_MANY_CELLS, data);
			}
			if (row.getLabel() != null && !sameLabel(row.getLabel(), leaf.getLabel())) {
				String[] data = { def.getName(), rowName, leaf.getLabel(), row.getLabel() };
				warning(Messages.render(IssueCodes.LABEL_MISMATCH, data), row, P.getRowData_Label(),
						IssueCodes.LABEL_MISMATCH, data);
			}
		}
		for (Leaf leaf : Tables.rowLeaves(def)) {
			if (!seen.contains(leaf)) {
				String[] data = { def.getName(), Tables.shortestName(leaf), leaf.getLabel() };
				error(Messages.render(IssueCodes.MISSING_ROW, data), table, P.getTableData_Table(),
						IssueCodes.MISSING_ROW, data);
			}
		}
	}

	/** Labels compare without spaces and with half- and full-width punctuation unified. */
	static boolean sameLabel(String a, String b) {
		return normalizeLabel(a).equals(normalizeLabel(b));
	}

	static String normalizeLabel(String s) {
		return s.replaceAll("[\\s\\u3000]", "").replace('(', '（').replace(')', '）').replace('．', '.')
				.replace('、', '.').replaceAll("[\"“”'‘’]", "").replace(',', '，');
	}

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
	private static final Pattern CN_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

	@Check
	public void checkMetadata(Report report) {
		Integer year = null;
		if (report.getYear() != null) {
			BigDecimal y = report.getYear();
			String shown = y.toPlainString();
			int latest = Year.now().getValue() + 1;
			String reason = null;
			if (!Numbers.isInteger(y)) {
				reason = "@year.integer";
			} else if (y.intValue() < 2008 || y.intValue() > latest) {
				// 《政府信息公开条例》 took effect in 2008: no earlier annual reports exist
				reason = "@year.range:" + latest;
			} else {
				year = y.intValue();
			}
			if (reason != null) {
				String[] data = { shown, reason };
				error(Messages.render(IssueCodes.BAD_YEAR, data), report, P.getReport_Year(), IssueCodes.BAD_YEAR, data);
			}
		}
		String date = report.getDate();
		if (date != null) {
			String reason = null;
			Matcher m = ISO_DATE.matcher(date.strip());
			Matcher c = CN_DATE.matcher(date.strip());
			Matcher found = m.matches() ? m : c.matches() ? c : null;
			if (found == null) {
				reason = "@date.format";
			} else {
				try {
					LocalDate d = LocalDate.of(Integer.parseInt(found.group(1)), Integer.parseInt(found.group(2)),
							Integer.parseInt(found.group(3)));
					if (year != null && d.getYear() < year) {
						reason = "@date.beforeYear:" + year;
					}
				} catch (DateTimeException e) {
					reason = "@date.invalid";
				}
			}
			if (reason != null) {
				String[] data = { date, reason };
				error(Messages.render(IssueCodes.BAD_DATE, data), report, P.getReport_Date(), IssueCodes.BAD_DATE, data);
			}
		}
	}

	// ---- NB3xx beyond one table --------------------------------------------------------------

	@Check
	public void checkCrossYear(Report report) {
		PreviousReports.Lookup lookup = previous(report);
		if (!lookup.requested()) {
			return;
		}
		EStructuralFeature at = report.getPrevious() != null ? P.getReport_Previous() : P.getTopLevel_Name();
		if (lookup.report() == null) {
			String[] data = { lookup.file(), lookup.error() };
			warning(Messages.render(IssueCodes.PREVIOUS_UNREADABLE, data), report, at, IssueCodes.PREVIOUS_UNREADABLE,
					data);
			return;
		}
		Report last = lookup.report();
		if (report.getYear() != null && last.getYear() != null
				&& last.getYear().compareTo(report.getYear().subtract(BigDecimal.ONE)) != 0) {
			String[] data = { lookup.file(), Numbers.format(last.getYear()),
					Numbers.format(report.getYear().subtract(BigDecimal.ONE)) };
			warning(Messages.render(IssueCodes.PREVIOUS_YEAR_MISMATCH, data), report, at,
					IssueCodes.PREVIOUS_YEAR_MISMATCH, data);
		}
		ReportResult now = results(report);
		ReportResult before = arithmetic.evaluate(last);
		TableResult applications = now.table("申请");
		TableResult lastApplications = before.table("申请");
		if (applications != null && lastApplications != null) {
			for (Leaf column : Tables.columnLeaves(applications.table())) {
				String col = Tables.pathString(column);
				CellKey cell = applications.key("上年结转", col);
				BigDecimal expected = lastApplications.value("结转下年", col);
				if (cell == null || expected == null) {
					continue;
				}
				BigDecimal actual = applications.value(cell);
				if (actual != null && actual.compareTo(expected) != 0 && applications.token(cell) != null) {
					String[] data = cellData(expected, actual, cell, Numbers.format(expected), lookup.file());
					Cell token = applications.token(cell);
					warning(Messages.render(IssueCodes.CARRY_OVER_MISMATCH, data), token, featureOf(token),
							IssueCodes.CARRY_OVER_MISMATCH, data);
				}
			}
		}
		TableResult documents = now.table("规章文件");
		TableResult lastDocuments = before.table("规章文件");
		if (documents != null && lastDocuments != null) {
			for (Leaf row : Tables.rowLeaves(documents.table())) {
				String r = Tables.pathString(row);
				CellKey cell = documents.key(r, "现行有效");
				BigDecimal last0 = lastDocuments.value(r, "现行有效");
				BigDecimal issued = documents.value(r, "本年制发");
				BigDecimal repealed = documents.value(r, "本年废止");
				if (cell == null || last0 == null || issued == null || repealed == null) {
					continue;
				}
				BigDecimal expected = last0.add(issued).subtract(repealed);
				BigDecimal actual = documents.value(cell);
				Cell token = documents.token(cell);
				if (actual != null && actual.compareTo(expected) != 0 && token != null) {
					String[] data = cellData(expected, actual, cell, Numbers.format(last0), Numbers.format(issued),
							Numbers.format(repealed), lookup.file());
					warning(Messages.render(IssueCodes.IN_FORCE_MISMATCH, data), token, featureOf(token),
							IssueCodes.IN_FORCE_MISMATCH, data);
				}
			}
		}
	}

	/**
	 * A phrase a report uses for a figure of the tables, and how to read that figure. {@code heads}
	 * are the words the pattern starts with: the pattern is tried only where one occurs (its lazy
	 * gaps made a full search a tenth of all validation).
	 */
	private record Phrase(List<String> heads, Pattern pattern, String what, String table, String[][] cells,
			boolean orWithCarryOver) {

		/** Where a match may start: every occurrence of a head, in text order. */
		int[] startsIn(String text) {
			java.util.stream.IntStream.Builder starts = java.util.stream.IntStream.builder();
			for (String head : heads) {
				for (int i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + 1)) {
					starts.add(i);
				}
			}
			return starts.build().sorted().toArray();
		}
	}

	private static final String GAP = "[^，。；,;:：！？!?\\d、（）()]{0,%d}?";
	// not 个: "收到申请后15个工作日内" is a deadline, not a count
	private static final String UNIT = "\\s*(?:件|宗|例|起)";

	private static Pattern phrase(String head, int gap) {
		return Pattern.compile(head + String.format(GAP, gap) + "(\\d+)" + UNIT);
	}

	private static final List<Phrase> PHRASES = List.of(
			new Phrase(List.of("受理", "收到", "接收", "接到", "新收"),
					phrase("(?:受理|收到|接收|接到|新收)" + String.format(GAP, 12) + "申请", 4), "@n.applications", "申请",
					new String[][] { { "新收", "总计" } }, true),
			new Phrase(List.of("予以公开"), phrase("予以公开", 4), "@n.granted", "申请",
					new String[][] { { "予以公开", "总计" } }, false),
			new Phrase(List.of("部分公开"), phrase("部分公开", 4), "@n.partly", "申请",
					new String[][] { { "部分公开", "总计" } }, false),
			new Phrase(List.of("结转"), phrase("结转(?:至|到)?下一?年度?(?:继续办理)?", 4), "@n.carried", "申请",
					new String[][] { { "结转下年", "总计" } }, false),
			new Phrase(List.of("行政复议"), phrase("行政复议(?:案件)?", 4), "@n.reviews", "复议诉讼",
					new String[][] { { "件数", "行政复议.总计" } }, false),
			new Phrase(List.of("行政诉讼"), phrase("行政诉讼(?:案件)?", 4), "@n.lawsuits", "复议诉讼",
					new String[][] { { "件数", "直接起诉.总计" }, { "件数", "复议后起诉.总计" } }, false));

	@Check
	public void checkNarrativeNumbers(Report report) {
		if (Tables.template(report) == null) {
			return;
		}
		ReportResult results = results(report);
		for (SectionData section : report.getSections()) {
			for (Paragraph p : EcoreUtil2.typeSelect(section.getContents(), Paragraph.class)) {
				String text = p.getText();
				if (text == null) {
					continue;
				}
				String plain = blankOutExpressions(text);
				for (Phrase phrase : PHRASES) {
					int[] starts = phrase.startsIn(plain);
					TableResult table = starts.length == 0 ? null : results.table(phrase.table());
					if (table == null) {
						continue;
					}
					BigDecimal figure = BigDecimal.ZERO;
					for (String[] cell : phrase.cells()) {
						BigDecimal v = table.value(cell[0], cell[1]);
						figure = v == null || figure == null ? null : figure.add(v);
					}
					if (figure == null) {
						continue;
					}
					BigDecimal alternative = null;
					if (phrase.orWithCarryOver()) {
						BigDecimal carried = table.value("上年结转", "总计");
						alternative = carried == null ? null : figure.add(carried);
					}
					// The matches find() would return, tried only where a head occurs: every match starts with one.
					Matcher m = phrase.pattern().matcher(plain);
					int searched = 0;
					for (int start : starts) {
						if (start < searched || !m.region(start, plain.length()).lookingAt()) {
							continue;
						}
						searched = m.end();
						BigDecimal stated = new BigDecimal(m.group(1));
						if (stated.compareTo(figure) == 0 || alternative != null && stated.compareTo(alternative) == 0) {
							continue;
						}
						String withCarryOver = alternative == null ? "" : "@n.withCarryOver:" + Numbers.format(alternative);
						String[] data = { m.group(1), Numbers.format(figure), m.group(), phrase.what(), withCarryOver };
						warnInText(p, m.start(1), m.end(1) - m.start(1), IssueCodes.NARRATIVE_MISMATCH, data);
					}
				}
			}
		}
	}

	/** Expressions are evaluated, never compared: their numbers must not be read as stated figures. */
	private String blankOutExpressions(String text) {
		StringBuilder sb = new StringBuilder(text);
		for (NarrativeExpressions.Span s : expressions.spans(text)) {
			for (int i = s.start(); i < s.end(); i++) {
				sb.setCharAt(i, ' ');
			}
		}
		return sb.toString();
	}

	/** Offset of the text's first character (after the opening quotes) in the document. */
	private static int textOffset(Paragraph p) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(p, P.getParagraph_Text());
		return nodes.isEmpty() ? -1 : nodes.get(0).getOffset() + 3;
	}

	private void warnInText(Paragraph p, int start, int length, String code, String[] data) {
		int base = textOffset(p);
		if (base < 0) {
			warning(Messages.render(code, data), p, P.getParagraph_Text(), code, data);
		} else {
			getMessageAcceptor().acceptWarning(Messages.render(code, data), p, base + start, length, code, data);
		}
	}

	private void errorInText(Paragraph p, int start, int length, String code, String[] data) {
		int base = textOffset(p);
		if (base < 0) {
			error(Messages.render(code, data), p, P.getParagraph_Text(), code, data);
		} else {
			getMessageAcceptor().acceptError(Messages.render(code, data), p, base + start, length, code, data);
		}
	}

	@Check
	public void checkTextExpressions(Paragraph paragraph) {
		String text = paragraph.getText();
		Report report = EcoreUtil2.getContainerOfType(paragraph, Report.class);
		if (text == null || report == null || text.indexOf('{') < 0) {
			return;
		}
		ReportResult results = results(report);
		for (NarrativeExpressions.Span span : expressions.spans(text)) {
			if (span.expression() == null) {
				String[] data = { shorten(span.source()), span.syntaxError() };
				errorInText(paragraph, span.start(), span.end() - span.start(), IssueCodes.TEXT_EXPRESSION_SYNTAX, data);
				continue;
			}
			NarrativeExpressions.Value v = expressions.evaluate(span, results);
			if (v.isError()) {
				String[] data = { v.errorPath(), v.error() };
				errorInText(paragraph, v.errorStart(), v.errorEnd() - v.errorStart(),
						IssueCodes.TEXT_EXPRESSION_UNRESOLVED, data);
			} else if (v.value() == null) {
				String[] data = { shorten(span.source()) };
				warnInText(paragraph, span.start(), span.end() - span.start(), IssueCodes.TEXT_EXPRESSION_UNDETERMINED,
						data);
			}
		}
	}

	/** An expression quoted in a message: an unclosed brace would otherwise quote the rest of the text. */
	private static String shorten(String source) {
		return source.length() <= 30 ? source : source.substring(0, 30) + "…";
	}

	private static final Pattern FEES = Pattern.compile("信息处理费|收费");

	/**
	 * Section 六 must state the information-processing fees where the format has them: templates
	 * whose application table has the row for unpaid fees (逾期未缴费, the 2021 format).
	 */
	@Check
	public void checkFees(Report report) {
		Template template = Tables.template(report);
		if (template == null) {
			return;
		}
		TableDef applications = Tables.findTable(template, "申请");
		SectionDef other = section(template, "其他事项");
		if (applications == null || other == null
				|| Tables.rowLeaves(applications).stream().noneMatch(l -> "逾期未缴费".equals(l.getName()))) {
			return;
		}
		SectionData data = Tables.sectionData(report, other);
		if (data == null) {
			return; // a missing section is a structure error already
		}
		for (Paragraph p : EcoreUtil2.typeSelect(data.getContents(), Paragraph.class)) {
			if (p.getText() != null && FEES.matcher(p.getText()).find()) {
				return;
			}
		}
		warning(Messages.render(IssueCodes.FEES_NOT_STATED), data, P.getSectionData_Section(),
				IssueCodes.FEES_NOT_STATED);
	}

	@Check
	public void checkOverviewLength(Report report) {
		Template template = Tables.template(report);
		SectionDef overview = template == null ? null : section(template, "总体情况");
		SectionData data = overview == null ? null : Tables.sectionData(report, overview);
		if (data == null) {
			return;
		}
		int length = 0;
		for (Paragraph p : EcoreUtil2.typeSelect(data.getContents(), Paragraph.class)) {
			length += characters(p.getText());
		}
		if (length > OVERVIEW_LIMIT) {
			String[] d = { String.valueOf(length), String.valueOf(OVERVIEW_LIMIT) };
			warning(Messages.render(IssueCodes.OVERVIEW_TOO_LONG, d), data, P.getSectionData_Section(),
					IssueCodes.OVERVIEW_TOO_LONG, d);
		}
	}

	/** Characters as the format counts 字: everything but white space. */
	static int characters(String text) {
		return text == null ? 0 : text.replaceAll("[\\s\\u3000]", "").length();
	}

	@Check
	public void checkProblemsRepeated(Report report) {
		Template template = Tables.template(report);
		SectionDef problems = template == null ? null : section(template, "问题改进");
		SectionData data = problems == null ? null : Tables.sectionData(report, problems);
		if (data == null) {
			return;
		}
		PreviousReports.Lookup lookup = previous(report);
		if (lookup.report() == null || Tables.template(lookup.report()) == null) {
			return;
		}
		SectionDef lastDef = section(Tables.template(lookup.report()), "问题改进");
		SectionData last = lastDef == null ? null : Tables.sectionData(lookup.report(), lastDef);
		if (last == null) {
			return;
		}
		double similarity = similarity(text(data), text(last));
		if (similarity >= REPEAT_THRESHOLD) {
			String[] d = { String.valueOf(Math.round(similarity * 100)), lookup.file() };
			warning(Messages.render(IssueCodes.PROBLEMS_REPEATED, d), data, P.getSectionData_Section(),
					IssueCodes.PROBLEMS_REPEATED, d);
		}
	}

	private static String text(SectionData s) {
		StringBuilder sb = new StringBuilder();
		for (Paragraph p : EcoreUtil2.typeSelect(s.getContents(), Paragraph.class)) {
			if (p.getText() != null) {
				sb.append(p.getText()).append('\n');
			}
		}
		return sb.toString();
	}

	/**
	 * Dice coefficient of the character bigrams (as multisets) of both texts, without white space
	 * and punctuation: 1 for the same words, insensitive to reflowed lines.
	 */
	public static double similarity(String a, String b) {
		Map<String, Integer> x = bigrams(a), y = bigrams(b);
		int total = 0, common = 0;
		for (int c : x.values()) {
			total += c;
		}
		for (int c : y.values()) {
			total += c;
		}
		for (Map.Entry<String, Integer> e : x.entrySet()) {
			common += Math.min(e.getValue(), y.getOrDefault(e.getKey(), 0));
		}
		return total == 0 ? 0 : 2.0 * common / total;
	}

	private static Map<String, Integer> bigrams(String s) {
		String t = s.replaceAll("[\\s\\p{P}\\p{S}\\u3000]", "");
		Map<String, Integer> m = new HashMap<>();
		for (int i = 0; i + 1 < t.length(); i++) {
			m.merge(t.substring(i, i + 2), 1, Integer::sum);
		}
		return m;
	}

	private static SectionDef section(Template template, String name) {
		for (SectionDef s : template.getSections()) {
			if (name.equals(s.getName())) {
				return s;
			}
		}
		return null;
	}
}
