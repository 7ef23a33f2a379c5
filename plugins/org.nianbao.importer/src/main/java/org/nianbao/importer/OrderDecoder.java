package org.nianbao.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.arithmetic.CellKey;
import org.nianbao.diagnostics.Phrases;
import org.nianbao.importer.CellLexer.Item;
import org.nianbao.importer.CellLexer.Kind;
import org.nianbao.importer.ImportedReport.Cell;
import org.nianbao.importer.ImportedReport.Row;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.TableDef;

/**
 * Decoding by order, for publications whose converter separated the labels from their numbers:
 * the physical rows holding exactly a row's count of cells are taken as the template's rows in
 * order. Accepted only when there are enough of them and the template's relations hold for the
 * whole table; the import says that it decoded by order.
 */
final class OrderDecoder {
	private final Stream s;
	private final TableDef table;
	private final RowChecker checker;
	private final TableReader.Report report;

	OrderDecoder(Stream s, TableDef table, RowChecker checker, TableReader.Report report) {
		this.s = s;
		this.table = table;
		this.checker = checker;
		this.report = report;
	}

	TableReader.Result decode(int from, int to) {
		List<Leaf> rows = Tables.rowLeaves(table);
		List<Leaf> columns = Tables.columnLeaves(table);
		int n = columns.size();
		List<List<Item>> valueRows = new ArrayList<>();
		boolean[] none = new boolean[s.length()];
		int segment = from;
		for (int i = from; i <= to; i++) {
			if (i == to || s.text.charAt(i) == Stream.UNIT_BREAK) {
				List<Item> cells = new ArrayList<>(CellLexer.lex(s, segment, i, none).stream().filter(Item::isCell).toList());
				while (cells.size() > n && cells.get(cells.size() - 1).kind() == Kind.BLANK) {
					cells.remove(cells.size() - 1);
				}
				while (cells.size() > n && cells.get(0).kind() == Kind.BLANK) {
					cells.remove(0);
				}
				boolean numbers = cells.stream().anyMatch(c -> c.kind() != Kind.BLANK);
				if (cells.size() == n && numbers) {
					valueRows.add(cells);
				}
				segment = i + 1;
			}
		}
		if (valueRows.size() < rows.size()) {
			return null;
		}
		Map<CellKey, BigDecimal> values = new HashMap<>();
		ImportedReport.Table t = new ImportedReport.Table(table);
		for (int r = 0; r < rows.size(); r++) {
			List<Cell> cells = new ArrayList<>();
			for (int c = 0; c < n; c++) {
				Cell cell = TableReader.cell(valueRows.get(r).get(c));
				cells.add(cell);
				if (cell.value() != null) {
					values.put(new CellKey(rows.get(r), columns.get(c)), cell.value());
				}
			}
			Row row = new Row(rows.get(r), null, cells, null, s.line(valueRows.get(r).get(0).start()));
			t.rows.add(TableReader.place(s, row, valueRows.get(r).get(0).start(), valueRows.get(r)));
		}
		if (!checker.tableHolds(table, values)) {
			return null;
		}
		int start = valueRows.get(0).get(0).start();
		List<Item> last = valueRows.get(rows.size() - 1);
		report.message(start, ImportMessage.WARNING, ImportCodes.DECODED_BY_ORDER, Phrases.IMPORTER.render("table.decoded-by-order",
				table.getCaption(), rows.size()));
		return new TableReader.Result(t, start, last.get(last.size() - 1).end());
	}
}
