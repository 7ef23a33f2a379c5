package org.nianbao.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.nianbao.diagnostics.Phrases;
import org.nianbao.importer.CellLexer.Item;
import org.nianbao.importer.CellLexer.Kind;
import org.nianbao.importer.ImportedReport.Cell;
import org.nianbao.importer.ImportedReport.Row;
import org.nianbao.model.SourceComments.Source;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Group;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.TableDef;

/**
 * Reads one table out of a stretch of the stream, anchored on the template: its row labels are
 * found in template order wherever the publication put them (wrapped, run together, fragments of
 * vertical labels in between), and the cells of a row are what lies between its label and the next.
 * Where the labels are separated from the numbers, value rows that come in the template's order are
 * assigned by order, if the template's relations hold for the result.
 */
final class TableReader {
	private final Stream s;
	private final TableDef table;
	private final RowChecker checker;
	private final Variants variants;
	private final Report report;
	private final Report direct;
	private final List<Leaf> rows;
	private final int n;

	/** Where the reader reports (the mapper's messages). */
	interface Report {
		void message(int index, String severity, String code, String text);
	}

	/** What was read: the table, and where in the stream it ended. */
	record Result(ImportedReport.Table table, int start, int end) {
	}

	/** A row read from its label: cells, or why they could not be read. */
	private record Found(Leaf leaf, int labelStart, int labelEnd, LabelFinder.Match match, String published, Group group) {
		Found(Leaf leaf, int labelStart, int labelEnd, LabelFinder.Match match, String published) {
			this(leaf, labelStart, labelEnd, match, published, null);
		}
	}

	/** A group the publication printed as one row instead of its rows (a single （六）其他处理): its cells as printed. */
	private final Map<Group, List<Item>> groupRows = new LinkedHashMap<>();
	private final Map<Group, Integer> groupStarts = new java.util.HashMap<>();

	/** Where each row's label and cell items were, to record their published places. */
	private record Placed(int label, List<Item> items) {
	}

	private final Map<Leaf, Placed> located = new LinkedHashMap<>();

	/** Messages of the label-anchored reading, kept until it is chosen over decoding by order. */
	private final List<Runnable> pending = new ArrayList<>();

	TableReader(Stream s, TableDef table, RowChecker checker, Variants variants, Report report) {
		this.s = s;
		this.table = table;
		this.checker = checker;
		this.variants = variants;
		this.report = (index, severity, code, text) -> pending.add(() -> report.message(index, severity, code, text));
		this.direct = report;
		this.rows = Tables.rowLeaves(table);
		this.n = Tables.columnLeaves(table).size();
	}

	/** Reads the table within text[from, to); null when none of its rows is there. */
	Result read(int from, int to, boolean[] claimed) throws ImportException {
		List<Found> found = locate(from, to, claimed);
		found = withGroupRows(found, to);
		if (found.isEmpty()) {
			if (rows.size() == 1) {
				return unlabelledRow(from, to, claimed);
			}
			return null;
		}
		for (Found f : found) {
			claim(claimed, f.match);
		}
		Map<Leaf, Row> read = new LinkedHashMap<>();
		Map<Leaf, List<List<BigDecimal>>> undecided = new LinkedHashMap<>();
		Map<Leaf, String> raw = new LinkedHashMap<>();
		List<Integer> failures = new ArrayList<>();
		int end = from;
		for (int k = 0; k < found.size(); k++) {
			Found f = found.get(k);
			boolean last = k == found.size() - 1;
			int rangeEnd = last ? to : found.get(k + 1).labelStart;
			List<Item> items = CellLexer.lex(s, f.labelStart, rangeEnd, claimed);
			if (last) {
				items = untilText(items, table);
			}
			int rowEnd = items.isEmpty() ? f.labelEnd : Math.max(f.labelEnd, items.get(items.size() - 1).end());
			end = Math.max(end, rowEnd);
			String stray = strayText(items);
			List<Item> cells = cells(items);
			trimBlanks(cells);
			if (f.group != null) {
				groupRows.put(f.group, cells);
				groupStarts.put(f.group, f.labelStart);
				continue;
			}
			located.put(f.leaf, new Placed(f.labelStart, cells));
			String digits = cells.stream().map(i -> i.kind() == Kind.BLANK ? "-" : i.text()).collect(Collectors.joining(" "));
			String count = "应有 " + n + " 个数，原文有 " + cells.size() + " 个" + (cells.isEmpty() ? "" : "（" + digits + "）");
			if (stray != null || cells.isEmpty() || RowCandidates.minCells(cells) > n || RowCandidates.maxCells(cells) < n) {
				failures.add(f.labelStart);
				String why = stray != null ? "行内有无法对应的文字“" + shorten(stray) + "”" : count;
				read.put(f.leaf, unreadableRow(f, why, "原文：" + (digits.isEmpty() ? "无数字" : digits)));
				continue;
			}
			boolean runTogether = cells.size() < n;
			if (runTogether && cells.size() > 1 && !checker.checksRow(table, f.leaf)) {
				// The publication separated this row's cells and printed fewer than the columns: a cell left
				// empty, or two run together? No relation of the table can tell (规章 1 11 is 1|-|11 as well
				// as 1|1|1), so the count alone must not split the digits.
				failures.add(f.labelStart);
				read.put(f.leaf, unreadableRow(f, count + "，本表没有能核对拆分的勾稽关系", "原文：" + digits));
				continue;
			}
			if (!runTogether) {
				List<Cell> values = new ArrayList<>();
				for (Item it : cells) {
					values.add(cell(it));
				}
				read.put(f.leaf, new Row(f.leaf, f.published, values, null, s.line(f.labelStart)));
				continue;
			}
			List<List<BigDecimal>> readings;
			try {
				readings = RowCandidates.readings(cells, n, ImportLimits.MAX_SPLITS, v -> checker.holds(table, f.leaf, v));
			} catch (RowCandidates.TooMany e) {
				readings = null;
			}
			raw.put(f.leaf, digits);
			if (readings == null || readings.isEmpty()) {
				String why = readings == null ? "可能的拆分过多" : "没有任何拆分满足本行关系";
				read.put(f.leaf, ambiguous(f, digits, why));
				continue;
			}
			undecided.put(f.leaf, readings);
			read.put(f.leaf, null);
		}
		if ((!failures.isEmpty() || found.size() < rows.size()) && rows.size() > 2) {
			Result byOrder = new OrderDecoder(s, table, checker, direct).decode(from, to);
			if (byOrder != null) {
				return byOrder;
			}
		}
		solve(read, undecided, raw, found);
		Result result = new Result(assemble(read, found, to), found.get(0).labelStart, end);
		pending.forEach(Runnable::run);
		return result;
	}

	/** The template's rows in order, each found after the previous one; rows not found are left out. */
	private List<Found> locate(int from, int to, boolean[] claimed) {
		List<Found> result = new ArrayList<>();
		int cursor = s.textToView[from];
		int limit = s.textToView[to];
		for (Leaf leaf : rows) {
			Found f = null;
			for (String label : variants.labels(leaf)) {
				LabelFinder.Match m = LabelFinder.find(s.view, Labels.viewForm(label), cursor, limit);
				if (m != null && !claimedView(claimed, m)) {
					String published = null;
					if (!label.equals(leaf.getLabel())) {
						published = label;
						report.message(s.viewToText[m.start()], ImportMessage.WARNING, ImportCodes.FUZZY_LABEL,
								Phrases.IMPORTER.render("label.other-version", label, leaf.getLabel()));
					} else if (!m.exact() && layoutInsertions(m, label)) {
						// The label whole, with fragments of a vertical label printed inside it: not a typo.
					} else if (!m.exact()) {
						published = publishedText(m);
						report.message(s.viewToText[m.start()], ImportMessage.WARNING, ImportCodes.FUZZY_LABEL,
								Phrases.IMPORTER.render("label.similar", published, leaf.getLabel(),
										Tables.shortestName(leaf)));
					}
					int start = withNumbering(s.viewToText[m.start()], leaf.getLabel(), claimed);
					f = new Found(leaf, start, s.viewToText[m.end() - 1] + 1, m, published);
					break;
				}
			}
			if (f != null) {
				result.add(f);
				cursor = f.match.end();
			}
		}
		return result;
	}

	/**
	 * Groups none of whose rows was found, whose own label stands between the rows found around
	 * them: the publication printed the group as one row (a 2021 report's single （六）其他处理). It
	 * becomes a row of its own in the reading, so that its numbers go to no other row.
	 */
	private List<Found> withGroupRows(List<Found> found, int to) {
		if (found.isEmpty()) {
			return found;
		}
		List<Found> out = new ArrayList<>(found);
		java.util.Set<Leaf> present = new java.util.HashSet<>();
		found.forEach(f -> present.add(f.leaf));
		for (org.nianbao.nianbao.Node node : Tables.allNodes(table.getRows().getNodes())) {
			if (!(node instanceof Group g)) {
				continue;
			}
			List<Leaf> leaves = Tables.leaves(g).stream().filter(l -> !Tables.isDerived(l)).toList();
			if (leaves.isEmpty() || leaves.stream().anyMatch(present::contains)) {
				continue;
			}
			int first = rows.indexOf(leaves.get(0)), last = rows.indexOf(leaves.get(leaves.size() - 1));
			int after = 0, before = to;
			for (Found f : found) {
				int i = rows.indexOf(f.leaf);
				if (i < first) {
					after = Math.max(after, f.labelEnd);
				} else if (i > last) {
					before = Math.min(before, f.labelStart);
				}
			}
			if (after >= before) {
				continue;
			}
			LabelFinder.Match m = LabelFinder.find(s.view, Labels.viewForm(g.getLabel()), s.textToView[after], s.textToView[before]);
			if (m == null) {
				continue;
			}
			int start = s.viewToText[m.start()];
			out.add(new Found(null, start, s.viewToText[m.end() - 1] + 1, m, null, g));
			report.message(start, ImportMessage.WARNING, ImportCodes.GROUP_ROW, Phrases.IMPORTER.render("group.one-row", g.getLabel()));
		}
		out.sort((a, b) -> Integer.compare(a.labelStart, b.labelStart));
		return out;
	}

	/** Whether the match is the label with only characters of the table's own labels inserted. */
	private boolean layoutInsertions(LabelFinder.Match m, String label) {
		String want = Labels.viewForm(label), got = s.view.substring(m.start(), m.end());
		StringBuilder extra = new StringBuilder();
		int k = 0;
		for (int i = 0; i < got.length(); i++) {
			if (k < want.length() && got.charAt(i) == want.charAt(k)) {
				k++;
			} else {
				extra.append(got.charAt(i));
			}
		}
		return k == want.length() && variants.isFragment(table, extra.toString());
	}

	private boolean claimedView(boolean[] claimed, LabelFinder.Match m) {
		for (int v = m.start(); v < m.end(); v++) {
			if (claimed[s.viewToText[v]]) {
				return true;
			}
		}
		return false;
	}

	/** The label as printed: the stream's text over the match, with its numbering, without breaks. */
	private String publishedText(LabelFinder.Match m) {
		int from = s.viewToText[m.start()], to = s.viewToText[m.end() - 1] + 1;
		while (from > 0 && Stream.isDigit(s.text.charAt(from - 1))) {
			from--;
		}
		StringBuilder sb = new StringBuilder();
		for (int i = from; i < to; i++) {
			char c = s.text.charAt(i);
			if (c != Stream.CELL_BREAK && c != Stream.UNIT_BREAK && c != Stream.BLANK_CELL) {
				sb.append(c);
			}
		}
		return sb.toString().strip();
	}

	/** The label's numbering digits (`2.` of `2.其他…`) stand just before its view match: they are label, not cell. */
	private int withNumbering(int start, String label, boolean[] claimed) {
		String digits = Labels.numberingDigits(label);
		if (digits.isEmpty()) {
			return start;
		}
		int k = start - 1;
		while (k >= 0 && (s.text.charAt(k) == ' ' || s.text.charAt(k) == '\u3000')) {
			k--;
		}
		int from = k - digits.length() + 1;
		if (from < 0) {
			return start;
		}
		for (int d = 0; d < digits.length(); d++) {
			char c = s.text.charAt(from + d);
			if (!Stream.isDigit(c) || Stream.digit(c) != digits.charAt(d) - '0') {
				return start;
			}
		}
		for (int d = from; d < start; d++) {
			claimed[d] = true;
		}
		return from;
	}

	private void claim(boolean[] claimed, LabelFinder.Match m) {
		for (int v = m.start(); v < m.end(); v++) {
			claimed[s.viewToText[v]] = true;
		}
	}

	/** The last row's cells end where text that is no cell begins (the text after the table). */
	private List<Item> untilText(List<Item> items, TableDef table) {
		List<Item> out = new ArrayList<>();
		for (Item it : items) {
			// after the last row's label: text after its cells, or text that is not this table's (the
			// next table's caption), ends the table
			if (!it.isCell() && (out.stream().anyMatch(Item::isCell) || it.digits() || !variants.isFragment(table, it.text()))) {
				break;
			}
			out.add(it);
		}
		return out;
	}

	/** Text inside a row that is neither label nor cell: number-like text, or more than a label's fragments. */
	private String strayText(List<Item> items) {
		for (Item it : items) {
			// Text without digits cannot take a number from another row (a count check would see it);
			// number-like text can (the numbering of a row whose label did not match).
			if (it.kind() == Kind.TEXT && (it.digits() || it.text().length() > 30 && !variants.isFragment(table, it.text()))) {
				return it.text();
			}
		}
		return null;
	}

	/**
	 * The row's cells. Digits inside a real table cell are split only when they are the row's only
	 * cell (a row pasted into one cell); beside other cells, the table's boundaries are the cells'.
	 */
	private static List<Item> cells(List<Item> items) {
		List<Item> cells = new ArrayList<>(items.stream().filter(Item::isCell).toList());
		if (cells.size() > 1) {
			cells.replaceAll(c -> c.inTableCell() ? c.fixed() : c);
		}
		return cells;
	}

	/** Empty cells at the ends of a row beyond its count belong to merged label columns, not to the row. */
	private void trimBlanks(List<Item> cells) {
		while (RowCandidates.minCells(cells) > n && cells.get(cells.size() - 1).kind() == Kind.BLANK) {
			cells.remove(cells.size() - 1);
		}
		while (RowCandidates.minCells(cells) > n && cells.get(0).kind() == Kind.BLANK) {
			cells.remove(0);
		}
	}

	static Cell cell(Item it) {
		if (it.kind() == Kind.BLANK) {
			return Cell.blank(it.note());
		}
		Cell parsed = Cells.parse(it.text());
		String note = it.note() != null ? it.note() : parsed.note();
		return new Cell(parsed.value(), note);
	}

	private void solve(Map<Leaf, Row> read, Map<Leaf, List<List<BigDecimal>>> undecided, Map<Leaf, String> raw,
			List<Found> found) {
		if (undecided.isEmpty()) {
			return;
		}
		Map<Leaf, List<BigDecimal>> known = new LinkedHashMap<>();
		read.forEach((leaf, row) -> {
			if (row != null && row.cells().stream().noneMatch(Cell::unreadable)) {
				known.put(leaf, row.cells().stream().map(Cell::value).toList());
			}
		});
		Map<Leaf, List<BigDecimal>> decided = new TableSolver(table, checker).solve(known, undecided);
		for (Found f : found) {
			if (!undecided.containsKey(f.leaf)) {
				continue;
			}
			List<BigDecimal> values = decided.get(f.leaf);
			String digits = raw.get(f.leaf);
			if (values == null) {
				int k = undecided.get(f.leaf).size();
				read.put(f.leaf, ambiguous(f, digits, k + " 种拆分都满足本行关系，全表的勾稽关系也不能确定"));
				continue;
			}
			String how = undecided.get(f.leaf).size() == 1 ? "唯一满足本行关系的拆分" : "本行有 " + undecided.get(f.leaf).size()
					+ " 种拆分，由全表的勾稽关系（列合计、平衡关系）确定";
			report.message(f.labelStart, ImportMessage.WARNING, ImportCodes.SPLIT_DIGITS,
					Phrases.IMPORTER.render("digits.split", f.leaf.getLabel(), digits, how,
					values.stream().map(v -> v == null ? "-" : v.toPlainString()).collect(Collectors.joining(" "))));
			List<Cell> cells = values.stream().map(v -> v == null ? Cell.blank(null) : new Cell(v, null)).toList();
			read.put(f.leaf, new Row(f.leaf, f.published, cells, "原文连写：" + digits, s.line(f.labelStart)));
		}
	}

	private Row ambiguous(Found f, String digits, String why) {
		report.message(f.labelStart, ImportMessage.ERROR, ImportCodes.AMBIGUOUS_DIGITS,
				Phrases.IMPORTER.render("digits.ambiguous", f.leaf.getLabel(), digits, why));
		return new Row(f.leaf, f.published, unreadable(), "原文连写数字 " + digits + "，无法唯一拆分（" + why + "）",
				s.line(f.labelStart));
	}

	private Row unreadableRow(Found f, String why, String comment) {
		report.message(f.labelStart, ImportMessage.ERROR, ImportCodes.UNREADABLE_ROW,
				Phrases.IMPORTER.render("row.unreadable", f.leaf.getLabel(), why,
				s.quote(f.labelStart)));
		return new Row(f.leaf, f.published, unreadable(), comment, s.line(f.labelStart));
	}

	private List<Cell> unreadable() {
		List<Cell> cells = new ArrayList<>();
		for (int c = 0; c < n; c++) {
			cells.add(Cell.unknown());
		}
		return cells;
	}

	private ImportedReport.Table assemble(Map<Leaf, Row> read, List<Found> found, int to) {
		ImportedReport.Table t = new ImportedReport.Table(table);
		int lastLine = s.line(found.get(found.size() - 1).labelStart);
		java.util.Set<Group> totalled = new java.util.HashSet<>();
		for (Leaf leaf : rows) {
			Row row = read.get(leaf);
			if (row != null && located.containsKey(leaf)) {
				row = place(s, row, located.get(leaf).label(), located.get(leaf).items());
			}
			Group printedAsOne = groupOf(leaf);
			if (row == null && printedAsOne != null) {
				if (totalled.add(printedAsOne)) {
					t.rows.add(totals(printedAsOne));
				}
				continue;
			}
			if (row == null) {
				report.message(found.get(0).labelStart, ImportMessage.WARNING, ImportCodes.MISSING,
						Phrases.IMPORTER.render("row.missing", table.getCaption(),
						leaf.getLabel()));
				List<Cell> blanks = new ArrayList<>();
				for (int c = 0; c < n; c++) {
					blanks.add(Cell.blank(null));
				}
				row = new Row(leaf, null, blanks, "原文缺少此行", lastLine);
			}
			t.rows.add(row);
		}
		return t;
	}

	/**
	 * The row of totals of a group printed as one row; unreadable, with its digits in a comment,
	 * when they are not one per column (run-together totals are not split: no relation checks them).
	 */
	private Row totals(Group g) {
		List<Item> items = groupRows.get(g);
		int start = groupStarts.get(g);
		if (items.size() == n && items.stream().allMatch(i -> i.kind() != Kind.DIGITS || i.text().length() <= 1
				|| !i.text().startsWith("0"))) {
			Row row = Row.totals(g, items.stream().map(TableReader::cell).toList(), null, s.line(start));
			return place(s, row, start, items);
		}
		String digits = items.stream().map(i -> i.kind() == Kind.BLANK ? "-" : i.text()).collect(Collectors.joining(" "));
		report.message(start, ImportMessage.ERROR, ImportCodes.UNREADABLE_ROW, Phrases.IMPORTER.render("totals.unreadable", g.getLabel(), n,
				items.size(), digits));
		return Row.totals(g, unreadable(), "原文：" + (digits.isEmpty() ? "无数字" : digits), s.line(start));
	}

	/** The group printed as one row that a leaf belongs to, or null. */
	private Group groupOf(Leaf leaf) {
		for (Group g : groupRows.keySet()) {
			if (Tables.leaves(g).contains(leaf)) {
				return g;
			}
		}
		return null;
	}

	/** A one-row table whose row label is not printed (复议诉讼's 件数): the first run of n cells is the row. */
	private Result unlabelledRow(int from, int to, boolean[] claimed) {
		Leaf leaf = rows.get(0);
		List<Item> items = CellLexer.lex(s, from, to, claimed);
		List<Item> run = new ArrayList<>();
		for (Item it : items) {
			boolean numbers = run.stream().anyMatch(i -> i.kind() != Kind.BLANK);
			if (it.isCell()) {
				if (run.isEmpty() && it.kind() == Kind.BLANK) {
					continue; // empty cells of the header rows (merged column labels), before any number
				}
				run.add(it);
				if (RowCandidates.minCells(run) >= n) {
					break;
				}
			} else if (!numbers) {
				run.clear(); // header text: the row starts after it
			} else if (!it.digits() && variants.isFragment(table, it.text())) {
				// a header label printed between the cells (the table's column groups): not a break in the row
			} else if (RowCandidates.maxCells(run) >= n) {
				break;
			} else {
				run.clear();
			}
		}
		while (!run.isEmpty() && run.get(run.size() - 1).kind() == Kind.BLANK && RowCandidates.minCells(run) > n) {
			run.remove(run.size() - 1);
		}
		if (run.isEmpty() || RowCandidates.maxCells(run) < n) {
			return null;
		}
		int start = run.get(0).start(), end = run.get(run.size() - 1).end();
		Found f = new Found(leaf, start, start, null, null);
		Map<Leaf, Row> read = new LinkedHashMap<>();
		String digits = run.stream().map(i -> i.kind() == Kind.BLANK ? "-" : i.text()).collect(Collectors.joining(" "));
		if (run.size() == n) {
			read.put(leaf, new Row(leaf, null, run.stream().map(TableReader::cell).toList(), null, s.line(start)));
		} else {
			List<List<BigDecimal>> readings;
			try {
				readings = RowCandidates.readings(run, n, ImportLimits.MAX_SPLITS, v -> checker.holds(table, leaf, v));
			} catch (RowCandidates.TooMany e) {
				readings = null;
			}
			if (readings == null || readings.size() != 1) {
				read.put(leaf, ambiguous(f, digits, readings == null ? "可能的拆分过多"
						: readings.isEmpty() ? "没有任何拆分满足本行关系" : readings.size() + " 种拆分都满足本行关系"));
			} else {
				report.message(start, ImportMessage.WARNING, ImportCodes.SPLIT_DIGITS,
						Phrases.IMPORTER.render("digits.split-table", table.getCaption(), digits,
						readings.get(0).stream().map(v -> v == null ? "-" : v.toPlainString()).collect(Collectors.joining(" "))));
				read.put(leaf, new Row(leaf, null, readings.get(0).stream().map(v -> v == null ? Cell.blank(null) : new Cell(v, null))
						.toList(), "原文连写：" + digits, s.line(start)));
			}
		}
		for (int i = start; i < end; i++) {
			claimed[i] = true;
		}
		located.put(leaf, new Placed(start, run));
		Result result = new Result(assemble(read, List.of(f), to), start, end);
		pending.forEach(Runnable::run);
		return result;
	}

	/**
	 * The row with the published place of its label and of each cell: an item's start, and for
	 * digits that ran together, the offset of each count inside them (counts have no leading zeros,
	 * so their lengths tell where each began).
	 */
	static Row place(Stream s, Row row, int label, List<Item> items) {
		List<Source> cells = new ArrayList<>();
		int k = 0;
		for (Item it : items) {
			if (it.kind() != Kind.DIGITS || k >= row.cells().size() || row.cells().get(k).unreadable()) {
				cells.add(s.source(it.start()));
				k++;
				continue;
			}
			int offset = 0;
			while (offset < it.text().length() && k < row.cells().size()) {
				BigDecimal v = row.cells().get(k).value();
				cells.add(s.source(it.start() + offset));
				offset += v == null ? 1 : v.toPlainString().length();
				k++;
			}
		}
		Source first = items.isEmpty() ? s.source(label) : s.source(items.get(0).start());
		while (cells.size() < row.cells().size()) {
			cells.add(first); // an unreadable row: its cells are where its digits were
		}
		return row.at(s.source(label), cells.subList(0, row.cells().size()));
	}

	static String shorten(String t) {
		return t.length() <= 40 ? t : t.substring(0, 40) + "…";
	}
}
