package org.nianbao.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.nianbao.importer.ImportedReport.Cell;
import org.nianbao.importer.ImportedReport.Row;
import org.nianbao.importer.source.Token;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Group;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.Node;
import org.nianbao.nianbao.SectionDef;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.Template;

/**
 * The first mapper, kept while the pipeline ({@link ReportMapper}) learns every form the samples take: finds the section headings, the metadata and
 * the narrative, and reads every table row by row against the template's own row and column trees
 * (labels, order and sizes all come from the template model, none from Java).
 */
final class LegacyMapper {

	/** A row label matched by similarity only when at least this close (1 = equal). */
	static final double FUZZY_ROW = 0.8;
	/** A numbered heading matched by similarity when at least this close. */
	static final double FUZZY_HEADING = 0.75;

	private static final Pattern YEAR_IN_TITLE = Pattern.compile("(\\d{4})\\s*年");
	private static final Pattern YEAR_IN_TEXT = Pattern.compile("(\\d{4})\\s*年度?(?:政府)?信息公开(?:工作)?(?:年度)?报告");
	private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
	private static final Pattern TITLE = Pattern.compile(".*(年度报告|年报)([（(][^）)]{0,12}[）)])?$");
	/** Breadcrumbs ("首页 > 政务公开 > …年度报告") name the page, they are not its title. */
	private static final Pattern BREADCRUMB = Pattern.compile("[>›»]|当前位置|所在位置");
	private static final Pattern ORGAN = Pattern.compile(
			"^[\\p{IsHan}A-Za-z0-9（）()·]{2,40}(人民政府|政府|办公室|办公厅|委员会|管委会|局|厅|委|署|院|中心|办事处|街道|镇|乡|公司|所|站|队|处|部|会)$");
	private static final Pattern SOURCE = Pattern.compile("来源\\s*[:：]\\s*(\\S+)");
	private static final Pattern NOISE = Pattern.compile(
			"打印|关闭|下载|分享|扫一扫|返回|收藏|附件|关联文件|责任编辑|浏览次数|字体|此件公开发布|纠错|【|】");
	private static final Pattern TRAILING_DIGITS = Pattern.compile("^(.*?[^\\d\\s])\\s*(\\d{2,})$");

	private final Template template;
	private final RowChecker checker;
	private final List<Token> toks;
	private final List<ImportMessage> messages = new ArrayList<>();
	private final ImportedReport report = new ImportedReport();

	LegacyMapper(Template template, RowChecker checker, List<Token> tokens) {
		this.template = template;
		this.checker = checker;
		this.toks = tokens;
	}

	public List<ImportMessage> messages() {
		return messages;
	}

	public ImportedReport map() throws ImportException {
		report.template = template;
		List<SectionDef> sections = template.getSections();
		int[] heading = findHeadings(sections);
		int first = -1;
		for (int h : heading) {
			if (h >= 0) {
				first = h;
				break;
			}
		}
		if (first < 0) {
			int last = toks.isEmpty() ? 1 : toks.get(toks.size() - 1).line();
			throw new ImportException(1, ImportCodes.UNKNOWN_FORM, "通读全文（至第 " + last + " 行）未找到年度报告的章节标题（如“"
					+ sections.get(0).getHeading() + "”），无法识别为政府信息公开工作年度报告 (no section headings found)");
		}
		metadata(first);
		int lastFound = -1;
		for (int k = 0; k < sections.size(); k++) {
			if (heading[k] >= 0) {
				lastFound = k;
			}
		}
		for (int k = 0; k < sections.size(); k++) {
			SectionDef def = sections.get(k);
			if (heading[k] < 0) {
				if (!def.getTables().isEmpty()) {
					int near = 1;
					for (int j = k - 1; j >= 0; j--) {
						if (heading[j] >= 0) {
							near = toks.get(heading[j]).line();
							break;
						}
					}
					throw new ImportException(near, ImportCodes.UNMAPPED,
							"未找到章节“" + def.getHeading() + "”，其中的表格无法导入 (section not found)");
				}
				warn(1, ImportCodes.MISSING, "未找到章节“" + def.getHeading() + "”，该节留空 (section not found)");
				continue;
			}
			int from = heading[k] + 1;
			int to = toks.size();
			for (int j = k + 1; j < sections.size(); j++) {
				if (heading[j] >= 0) {
					to = heading[j];
					break;
				}
			}
			if (k == lastFound) {
				to = trailer(from, to);
			}
			ImportedReport.Section section = report.section(def);
			if (def.getTables().isEmpty()) {
				section.contents.addAll(paragraphs(from, to, null));
			} else {
				tables(def, section, from, to);
			}
		}
		if (report.year == null) {
			report.year = yearFromNarrative();
		}
		finishNames();
		return report;
	}

	// ---- sections ---------------------------------------------------------------------------

	private int[] findHeadings(List<SectionDef> sections) {
		int[] result = new int[sections.size()];
		int from = 0;
		for (int k = 0; k < sections.size(); k++) {
			result[k] = -1;
			for (int i = from; i < toks.size(); i++) {
				if (isHeading(toks.get(i), sections.get(k))) {
					result[k] = i;
					from = i + 1;
					break;
				}
			}
		}
		return result;
	}

	private boolean isHeading(Token t, SectionDef s) {
		if (t.structured() || t.text().length() > s.getHeading().length() + 12) {
			return false;
		}
		String heading = s.getHeading();
		if (Labels.same(t.text(), heading)) {
			return true;
		}
		String num = Labels.numbering(t.text());
		return !num.isEmpty() && Labels.equivalentNumbering(num, Labels.numbering(heading))
				&& Labels.similarity(Labels.core(t.text()), Labels.core(heading)) >= FUZZY_HEADING;
	}

	/** Paragraphs of the tokens in [from, to): one per source unit, its whole text as published. */
	private List<String> paragraphs(int from, int to, List<TableDef> skipHeadersOf) {
		List<String> result = new ArrayList<>();
		int lastUnit = Integer.MIN_VALUE;
		for (int i = from; i < to; i++) {
			Token t = toks.get(i);
			if (t.unit() == lastUnit || t.isEmpty()) {
				continue;
			}
			if (skipHeadersOf != null && skipHeadersOf.stream().anyMatch(td -> isHeaderFragment(t, td))) {
				continue;
			}
			lastUnit = t.unit();
			result.add(t.unitText());
		}
		return result;
	}

	// ---- metadata ---------------------------------------------------------------------------

	private void metadata(int firstHeading) {
		int titleIdx = -1;
		for (int i = 0; i < firstHeading; i++) {
			String t = toks.get(i).text();
			if (t.length() <= 80 && TITLE.matcher(t).matches() && !t.startsWith("根据") && !toks.get(i).structured()
					&& !BREADCRUMB.matcher(t).find()) {
				titleIdx = i;
				break;
			}
		}
		int preambleFrom = -1;
		for (int i = titleIdx + 1; i < firstHeading; i++) {
			if (sentenceLike(toks.get(i).text())) {
				preambleFrom = i;
				break;
			}
		}
		int metaTo = preambleFrom < 0 ? firstHeading : preambleFrom;
		if (preambleFrom >= 0) {
			report.preamble.addAll(paragraphs(preambleFrom, firstHeading, null));
		}
		String titlePrefix = null;
		if (titleIdx >= 0) {
			Token t = toks.get(titleIdx);
			String title = t.text();
			Matcher y = YEAR_IN_TITLE.matcher(title);
			if (y.find()) {
				report.year = Integer.valueOf(y.group(1));
				titlePrefix = title.substring(0, y.start()).strip();
				if (titlePrefix.isEmpty() && titleIdx > 0 && ORGAN.matcher(toks.get(titleIdx - 1).text()).matches()) {
					// The title broken over two lines: organ on one, year and "年度报告" on the next.
					titlePrefix = toks.get(titleIdx - 1).text();
					title = titlePrefix + title;
				}
			}
			report.title = title;
			if (titlePrefix != null && !titlePrefix.isEmpty()) {
				for (int i = 0; i < titleIdx; i++) {
					String o = toks.get(i).text();
					if (o.length() > titlePrefix.length() && o.endsWith(titlePrefix) && ORGAN.matcher(o).matches()) {
						report.organ = o;
						break;
					}
				}
			}
		}
		for (int i = titleIdx + 1; i < metaTo && report.date == null; i++) {
			report.date = date(toks.get(i).text());
		}
		for (int i = titleIdx + 1; i < metaTo && report.organ == null; i++) {
			Matcher s = SOURCE.matcher(toks.get(i).text());
			if (s.find() && ORGAN.matcher(s.group(1)).matches()) {
				report.organ = s.group(1);
			}
		}
		if (report.year == null) {
			for (String p : report.preamble) {
				Matcher y = YEAR_IN_TEXT.matcher(p);
				if (y.find()) {
					report.year = Integer.valueOf(y.group(1));
					break;
				}
			}
		}
		this.titlePrefix = titlePrefix;
	}

	private String titlePrefix;

	private static String date(String text) {
		Matcher d = DATE.matcher(text);
		if (!d.find()) {
			return null;
		}
		int y = Integer.parseInt(d.group(1)), m = Integer.parseInt(d.group(2)), day = Integer.parseInt(d.group(3));
		if (m < 1 || m > 12 || day < 1 || day > 31) {
			return null;
		}
		return String.format("%04d-%02d-%02d", y, m, day);
	}

	/**
	 * The signature block and page furniture after the last section's text (organ, date, "打印",
	 * "(此件公开发布)"): used for metadata, not kept as narrative. Returns the new end of the section.
	 */
	private int trailer(int from, int to) {
		int end = to;
		while (end > from) {
			String t = toks.get(end - 1).text();
			boolean organ = ORGAN.matcher(t).matches();
			boolean date = date(t) != null && t.length() <= 20 || t.matches("\\d{7,8}");
			boolean noise = t.length() <= 30 && !t.endsWith("。")
					&& (NOISE.matcher(t).find() || t.endsWith(":") || t.endsWith("：") || t.matches("^[（(].*[)）]$"));
			if (t.length() > 40 || !(organ || date || noise)) {
				break;
			}
			if (organ && report.organ == null) {
				report.organ = t;
			}
			if (date && report.date == null) {
				report.date = date(t);
			}
			end--;
		}
		return end;
	}

	private Integer yearFromNarrative() {
		for (ImportedReport.Section s : report.sections) {
			for (Object o : s.contents) {
				if (o instanceof String p) {
					Matcher y = YEAR_IN_TITLE.matcher(p);
					if (y.find()) {
						return Integer.valueOf(y.group(1));
					}
				}
			}
		}
		return null;
	}

	private void finishNames() {
		if (report.organ == null && titlePrefix != null && !titlePrefix.isEmpty()) {
			report.organ = titlePrefix;
		}
		if (report.organ == null) {
			warn(1, ImportCodes.METADATA, "未找到发布机关 (issuing organ not found)");
		}
		if (report.year == null) {
			warn(1, ImportCodes.METADATA, "未找到报告年度 (year not found)");
		}
		if (report.title == null) {
			if (report.organ != null && report.year != null) {
				report.title = report.organ + report.year + "年政府信息公开工作年度报告";
				warn(1, ImportCodes.METADATA, "原文没有标题，按机关和年度拟为“" + report.title + "” (title composed)");
			} else {
				warn(1, ImportCodes.METADATA, "未找到标题 (title not found)");
			}
		}
		if (report.date == null) {
			warn(1, ImportCodes.METADATA, "未找到发布日期 (publish date not found)");
		}
		String base = titlePrefix != null && !titlePrefix.isEmpty() ? titlePrefix : report.organ;
		StringBuilder id = new StringBuilder();
		if (base != null) {
			for (char c : base.toCharArray()) {
				if (c < 128 ? Character.isLetterOrDigit(c) || c == '_' : Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
						&& c >= '\u3400' && c <= '\u9fff') {
					id.append(c);
				}
			}
		}
		if (id.length() == 0 || Character.isDigit(id.charAt(0))) {
			id.insert(0, "报告");
		}
		if (report.year != null) {
			id.append(report.year);
		}
		report.name = id.toString();
	}

	// ---- tables -----------------------------------------------------------------------------

	private void tables(SectionDef def, ImportedReport.Section section, int from, int to) throws ImportException {
		List<TableDef> all = def.getTables();
		int cur = from;
		for (int k = 0; k < all.size(); k++) {
			TableDef table = all.get(k);
			int start = findStart(table, all, cur, to);
			if (start < 0) {
				warn(cur < toks.size() ? toks.get(Math.min(cur, toks.size() - 1)).line() : 1, ImportCodes.MISSING,
						"未找到表格“" + table.getCaption() + "”，不导入该表 (table not found)");
				continue;
			}
			checkNoStrayNumbers(cur, start);
			section.contents.addAll(paragraphs(cur, start, all));
			ImportedReport.Table t = new ImportedReport.Table(table);
			cur = readTable(t, all, start, to);
			section.contents.add(t);
		}
		checkNoStrayNumbers(cur, to);
		section.contents.addAll(paragraphs(cur, to, all));
	}

	private void checkNoStrayNumbers(int from, int to) throws ImportException {
		for (int i = from; i < to; i++) {
			Token t = toks.get(i);
			if (!t.isEmpty() && Cells.parse(t.text()) != null && Cells.parse(t.text()).value() != null
					&& t.text().length() <= 20) {
				throw new ImportException(t.line(), ImportCodes.UNMAPPED,
						"数字“" + t.text() + "”不属于模板的任何一行 (number outside any template row)");
			}
		}
	}

	private int findStart(TableDef table, List<TableDef> all, int from, int to) {
		for (int i = from; i < to; i++) {
			Token t = toks.get(i);
			if (t.isEmpty()) {
				continue;
			}
			if (isCaption(t, table) || exactRow(t, table) != null) {
				return i;
			}
			boolean own = isHeaderFragment(t, table);
			boolean shared = false;
			for (TableDef other : all) {
				if (other != table && (isHeaderFragment(t, other) || isCaption(t, other))) {
					shared = true;
				}
			}
			if (own && !shared) {
				return i;
			}
			if (!own && all.indexOf(table) < all.size() - 1) {
				// A later table's caption first: this table is not published.
				for (TableDef other : all.subList(all.indexOf(table) + 1, all.size())) {
					if (isCaption(t, other)) {
						return -1;
					}
				}
			}
		}
		return -1;
	}

	private static boolean isCaption(Token t, TableDef table) {
		return table.getCaption() != null && Labels.normalize(t.text()).equals(Labels.normalize(table.getCaption()));
	}

	/** Part of the table's header: caption, corner, note, a column or column-group label (or a piece of one). */
	private static boolean isHeaderFragment(Token t, TableDef table) {
		String n = Labels.normalize(t.text());
		if (n.isEmpty()) {
			return false;
		}
		List<String> labels = new ArrayList<>();
		labels.add(table.getCaption());
		labels.add(table.getCorner());
		labels.add(table.getNote());
		for (Node node : Tables.allNodes(table.getColumns().getNodes())) {
			labels.add(node.getLabel());
		}
		for (String l : labels) {
			if (l == null) {
				continue;
			}
			String nl = Labels.normalize(l);
			if (nl.contains(n) || nl.length() >= 4 && Labels.similarity(n, nl) >= FUZZY_ROW) {
				return true;
			}
		}
		return false;
	}

	private static boolean isGroupLabel(Token t, TableDef table) {
		for (Node node : Tables.allNodes(table.getRows().getNodes())) {
			if (node instanceof Group g && Labels.same(t.text(), g.getLabel())) {
				return true;
			}
		}
		return false;
	}

	private record RowMatch(Leaf leaf, String digits, boolean fuzzy, String publishedLabel) {
	}

	private static Leaf exactRow(Token t, TableDef table) {
		String n = Labels.normalize(t.text());
		for (Leaf leaf : Tables.rowLeaves(table)) {
			if (Labels.normalize(leaf.getLabel()).equals(n)) {
				return leaf;
			}
		}
		return null;
	}

	/** The row a token labels: exactly, up to numbering, or by similarity (a typo); trailing digits split off. */
	private RowMatch matchRow(Token t, TableDef table, Map<Leaf, Row> found, boolean exactOnly) {
		String text = t.text();
		String digits = null;
		RowMatch m = matchLabel(text, table, found, exactOnly);
		if (m == null) {
			Matcher td = TRAILING_DIGITS.matcher(text);
			if (td.matches()) {
				digits = td.group(2);
				m = matchLabel(td.group(1).strip(), table, found, exactOnly);
			}
		}
		return m == null ? null : new RowMatch(m.leaf, digits, m.fuzzy, m.publishedLabel);
	}

	private static RowMatch matchLabel(String text, TableDef table, Map<Leaf, Row> found, boolean exactOnly) {
		String n = Labels.normalize(text);
		List<Leaf> leaves = Tables.rowLeaves(table);
		for (Leaf leaf : leaves) {
			if (Labels.normalize(leaf.getLabel()).equals(n)) {
				return new RowMatch(leaf, null, false, null);
			}
		}
		if (exactOnly) {
			return null;
		}
		for (Leaf leaf : leaves) {
			if (!found.containsKey(leaf) && Labels.same(text, leaf.getLabel())) {
				return new RowMatch(leaf, null, false, null);
			}
		}
		Leaf best = null;
		double bestSim = 0, second = 0;
		String num = Labels.numbering(text);
		for (Leaf leaf : leaves) {
			if (found.containsKey(leaf)) {
				continue;
			}
			String ln = Labels.numbering(leaf.getLabel());
			if (!num.isEmpty() && !ln.isEmpty() && !Labels.equivalentNumbering(num, ln)) {
				continue;
			}
			double sim = Labels.similarity(text, leaf.getLabel());
			if (num.isEmpty() && !ln.isEmpty()) {
				sim = Math.max(sim, Labels.similarity(text, Labels.core(leaf.getLabel())));
			}
			if (sim > bestSim) {
				second = bestSim;
				bestSim = sim;
				best = leaf;
			} else if (sim > second) {
				second = sim;
			}
		}
		if (best != null && bestSim >= FUZZY_ROW && bestSim > second) {
			return new RowMatch(best, null, true, text);
		}
		return null;
	}

	private int readTable(ImportedReport.Table t, List<TableDef> all, int start, int to) throws ImportException {
		TableDef table = t.def;
		List<Leaf> rows = Tables.rowLeaves(table);
		Map<Leaf, Row> found = new LinkedHashMap<>();
		boolean inRows = false;
		int i = start;
		while (i < to && found.size() < rows.size()) {
			Token tok = toks.get(i);
			if (tok.isEmpty()) {
				i++;
				continue;
			}
			if (i > start && all.stream().anyMatch(o -> o != table && isCaption(tok, o))) {
				break;
			}
			RowMatch exact = matchRow(tok, table, found, true);
			if (exact != null) {
				i = readRow(table, exact, i, to, found);
				inRows = true;
				continue;
			}
			if (isGroupLabel(tok, table)) {
				i++;
				continue;
			}
			if (!inRows && isHeaderFragment(tok, table)) {
				i++;
				continue;
			}
			RowMatch loose = matchRow(tok, table, found, false);
			if (loose != null) {
				i = readRow(table, loose, i, to, found);
				inRows = true;
				continue;
			}
			int joined = joinedLabel(table, found, i, to);
			if (joined > 0) {
				// A row label broken over lines: its pieces together name the row.
				Token first = toks.get(i);
				String text = toks.subList(i, i + joined).stream().map(Token::text).collect(Collectors.joining());
				Token whole = new Token(text, first.line(), first.row(), first.unit(), text);
				RowMatch m = matchRow(whole, table, found, false);
				i = readRow(table, m, whole, i + joined, to, found);
				inRows = true;
				continue;
			}
			if (Cells.isCell(tok.text()) && rows.size() == 1 && found.isEmpty()) {
				// A one-row table whose row label is not printed (复议诉讼's 件数): the numbers are the row.
				i = readCells(table, rows.get(0), null, null, tok, i, to, found);
				inRows = true;
				continue;
			}
			if (inRows && sentenceLike(tok.text())) {
				break;
			}
			throw new ImportException(tok.line(), ImportCodes.UNMAPPED, "“" + shorten(tok.text()) + "”无法对应到表“"
					+ table.getCaption() + "”的任何行或表头 (cannot map onto the template's rows)");
		}
		for (Leaf leaf : rows) {
			if (!found.containsKey(leaf)) {
				int line = i < toks.size() ? toks.get(Math.min(i, to - 1)).line() : toks.get(toks.size() - 1).line();
				warn(line, ImportCodes.MISSING, "表“" + table.getCaption() + "”缺少行“" + leaf.getLabel()
						+ "”，各格留空 (row missing, written blank)");
				List<Cell> blanks = new ArrayList<>();
				for (int c = 0; c < Tables.columnLeaves(table).size(); c++) {
					blanks.add(Cell.blank(null));
				}
				found.put(leaf, new Row(leaf, null, blanks, "原文缺少此行", line));
			}
		}
		for (Leaf leaf : rows) {
			t.rows.add(found.get(leaf));
		}
		return i;
	}

	private int readRow(TableDef table, RowMatch m, int labelIdx, int to, Map<Leaf, Row> found) throws ImportException {
		return readRow(table, m, toks.get(labelIdx), labelIdx + 1, to, found);
	}

	/** How many tokens from {@code i} (2 or 3, in text forms) join into a row label; 0 when none do. */
	private int joinedLabel(TableDef table, Map<Leaf, Row> found, int i, int to) {
		if (toks.get(i).structured()) {
			return 0;
		}
		StringBuilder sb = new StringBuilder(toks.get(i).text());
		for (int k = 1; k <= 2 && i + k < to; k++) {
			Token next = toks.get(i + k);
			if (next.structured() || next.isEmpty() || Cells.isCell(next.text())) {
				return 0;
			}
			sb.append(next.text());
			Token whole = new Token(sb.toString(), toks.get(i).line(), -1, toks.get(i).unit(), sb.toString());
			if (matchRow(whole, table, found, false) != null) {
				return k + 1;
			}
		}
		return 0;
	}

	private int readRow(TableDef table, RowMatch m, Token label, int next, int to, Map<Leaf, Row> found)
			throws ImportException {
		if (found.containsKey(m.leaf)) {
			throw new ImportException(label.line(), ImportCodes.UNMAPPED,
					"行“" + m.leaf.getLabel() + "”重复出现 (row appears twice)");
		}
		if (m.fuzzy) {
			warn(label.line(), ImportCodes.FUZZY_LABEL, "行标签“" + m.publishedLabel + "”与模板不符，按相似度对应到“"
					+ m.leaf.getLabel() + "”（" + Tables.shortestName(m.leaf) + "），原文标签保留以便校验 (label matched by similarity)");
		}
		return readCells(table, m.leaf, m.fuzzy ? m.publishedLabel : null, m.digits, label, next, to, found);
	}

	/**
	 * Reads the cells of one row starting at token {@code first}: in a real table the rest of the
	 * physical row, in text the next cell-like tokens, as many as the template has columns.
	 */
	private int readCells(TableDef table, Leaf leaf, String publishedLabel, String trailingDigits, Token anchor,
			int first, int to, Map<Leaf, Row> found) throws ImportException {
		int n = Tables.columnLeaves(table).size();
		List<Token> cells = new ArrayList<>();
		int i = first;
		if (anchor.structured()) {
			while (i < to && toks.get(i).row() == anchor.row()) {
				cells.add(toks.get(i++));
			}
			while (cells.size() > n && cells.get(cells.size() - 1).isEmpty()) {
				cells.remove(cells.size() - 1);
			}
			while (cells.size() > n && cells.get(0).isEmpty()) {
				cells.remove(0);
			}
		} else {
			while (i < to && cells.size() < n && !toks.get(i).isEmpty() && Cells.isCell(toks.get(i).text())
					&& (trailingDigits == null)) {
				cells.add(toks.get(i++));
			}
		}
		String digits = null;
		if (trailingDigits != null && cells.isEmpty()) {
			digits = trailingDigits;
		} else if (cells.size() == 1 && n > 1 && Cells.isDigits(cells.get(0).text())) {
			digits = cells.get(0).text();
		}
		if (digits != null) {
			found.put(leaf, runTogether(table, leaf, publishedLabel, digits, anchor.line()));
			return i;
		}
		if (cells.size() != n) {
			throw new ImportException(anchor.line(), ImportCodes.UNMAPPED, "行“" + leaf.getLabel() + "”应有 " + n
					+ " 个数，原文有 " + cells.size() + " 个"
					+ (cells.isEmpty() ? "" : "（" + cells.stream().map(Token::text).collect(Collectors.joining(" ")) + "）")
					+ " (wrong number of cells)");
		}
		List<Cell> values = new ArrayList<>();
		for (Token c : cells) {
			Cell cell = Cells.parse(c.text());
			if (cell == null) {
				throw new ImportException(c.line(), ImportCodes.UNMAPPED,
						"“" + shorten(c.text()) + "”不是数字 (not a number) — 行“" + leaf.getLabel() + "”");
			}
			values.add(cell);
		}
		found.put(leaf, new Row(leaf, publishedLabel, values, null, anchor.line()));
		return i;
	}

	/** Digits printed without separators: split only when exactly one split satisfies the row's relations. */
	private Row runTogether(TableDef table, Leaf leaf, String publishedLabel, String digits, int line) {
		int n = Tables.columnLeaves(table).size();
		List<List<BigDecimal>> fitting = new ArrayList<>();
		boolean tooMany = false;
		try {
			for (List<BigDecimal> split : RowSplitter.splits(digits, n, ImportLimits.MAX_SPLITS)) {
				if (checker.holds(table, leaf, split)) {
					fitting.add(split);
				}
			}
		} catch (RowSplitter.TooManySplits e) {
			tooMany = true;
		}
		if (!tooMany && fitting.size() == 1) {
			List<Cell> cells = fitting.get(0).stream().map(v -> new Cell(v, null)).toList();
			warn(line, ImportCodes.SPLIT_DIGITS, "行“" + leaf.getLabel() + "”的数字连写为“" + digits + "”，唯一满足本行关系的拆分是 "
					+ fitting.get(0).stream().map(BigDecimal::toPlainString).collect(Collectors.joining(" "))
					+ " (run-together digits split uniquely)");
			return new Row(leaf, publishedLabel, cells, "原文连写：" + digits, line);
		}
		String why = tooMany ? "可能的拆分过多" : fitting.isEmpty() ? "没有任何拆分满足本行关系" : fitting.size() + " 种拆分都满足本行关系";
		error(line, ImportCodes.AMBIGUOUS_DIGITS, "行“" + leaf.getLabel() + "”的数字连写为“" + digits + "”，无法唯一拆分（" + why
				+ "），各格留空，原数字保留在注释中 (ambiguous run-together digits, cells left blank)");
		List<Cell> blanks = new ArrayList<>();
		for (int c = 0; c < n; c++) {
			blanks.add(Cell.blank(null));
		}
		return new Row(leaf, publishedLabel, blanks, "原文连写数字 " + digits + "，无法唯一拆分（" + why + "）", line);
	}

	// ---- helpers ----------------------------------------------------------------------------

	/** Reads as a sentence of narrative rather than a label or a cell. */
	static boolean sentenceLike(String t) {
		return t.length() >= 40 || t.contains("。") || t.length() >= 15 && (t.contains("，") || t.contains(","));
	}

	private static String shorten(String s) {
		return s.length() <= 40 ? s : s.substring(0, 40) + "…";
	}

	private void warn(int line, String code, String message) {
		messages.add(new ImportMessage(line, ImportMessage.WARNING, code, message));
	}

	private void error(int line, String code, String message) {
		messages.add(new ImportMessage(line, ImportMessage.ERROR, code, message));
	}
}
