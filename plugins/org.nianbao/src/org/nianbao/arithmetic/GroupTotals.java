package org.nianbao.arithmetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.nianbao.nianbao.Cell;
import org.nianbao.nianbao.Group;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.NumberCell;
import org.nianbao.nianbao.RowData;

/**
 * What a row of group totals ({@code sum 其他处理}) means: in each column, the sum of the group's
 * rows. A relation that adds all of the group's rows where none is written (a 总计 over the
 * group) is evaluated with that sum instead, so a publication that prints the group as one row is
 * still checked. The row itself must hold the relations of the group's rows (its own row total),
 * and, when the group's rows are written too, equal their sum.
 */
public final class GroupTotals {

	/** A group's row of totals as written, with the group's components (its non-derived leaves). */
	public record Total(Group group, RowData row, List<Leaf> components) {
		BigDecimal value(int column) {
			if (column >= row.getCells().size()) {
				return null;
			}
			Cell c = row.getCells().get(column);
			return c instanceof NumberCell n ? n.getValue() : null;
		}
	}

	/**
	 * A cell of a group's row of totals that does not hold.
	 *
	 * @param token      the cell as written in the row of totals
	 * @param column     the column leaf
	 * @param expected   the value the relation or the group's rows give
	 * @param derivation how the expected value comes about, e.g. {@code 1 + 0 + 1}
	 */
	public record Mismatch(Total total, Cell token, Leaf column, BigDecimal expected, BigDecimal actual, String derivation) {
	}

	private GroupTotals() {
	}

	/** The relations with each fully unknown group sum replaced by the group's written total. */
	static List<Relation> substitute(List<Relation> relations, List<Leaf> columns, List<Total> totals,
			Set<CellKey> written) {
		List<Relation> result = relations;
		for (Total t : totals) {
			for (int i = 0; i < columns.size(); i++) {
				BigDecimal v = t.value(i);
				if (v == null) {
					continue;
				}
				List<CellKey> cells = new ArrayList<>();
				for (Leaf leaf : t.components()) {
					cells.add(new CellKey(leaf, columns.get(i)));
				}
				if (cells.isEmpty() || cells.stream().anyMatch(written::contains)) {
					continue;
				}
				List<Relation> next = new ArrayList<>(result.size());
				for (Relation r : result) {
					next.add(replaced(r, cells, v));
				}
				result = next;
			}
		}
		return result;
	}

	/** The relation with the cells' sum (all with one coefficient) replaced by a constant; itself if not. */
	private static Relation replaced(Relation r, List<CellKey> cells, BigDecimal sum) {
		BigDecimal k = r.coefficientOf(cells.get(0));
		if (k == null || cells.contains(r.subjectCell())) {
			return r;
		}
		for (CellKey c : cells) {
			BigDecimal ck = r.coefficientOf(c);
			if (ck == null || ck.compareTo(k) != 0) {
				return r;
			}
		}
		List<Relation.Term> terms = new ArrayList<>();
		int subject = -1;
		for (Relation.Term term : r.terms()) {
			if (cells.contains(term.cell())) {
				continue;
			}
			if (term.cell().equals(r.subjectCell())) {
				subject = terms.size();
			}
			terms.add(term);
		}
		return new Relation(r.table(), List.copyOf(terms), r.constant().add(k.multiply(sum)), subject, r.source(),
				r.name(), r.text());
	}

	/**
	 * The cells of the rows of totals that do not hold: against the relations within one of the
	 * group's rows (its row total), and against the sum of the group's rows where all are known.
	 */
	static List<Mismatch> check(TableRelations relations, List<Total> totals, Function<CellKey, BigDecimal> values,
			Set<CellKey> written) {
		List<Leaf> columns = relations.columns();
		List<Mismatch> found = new ArrayList<>();
		for (Total t : totals) {
			if (t.components().isEmpty()) {
				continue;
			}
			Leaf first = t.components().get(0);
			Map<CellKey, BigDecimal> asRow = new HashMap<>();
			for (int i = 0; i < columns.size(); i++) {
				asRow.put(new CellKey(first, columns.get(i)), t.value(i));
			}
			for (Relation r : relations.rowRelations(first)) {
				BigDecimal residual = r.residual(asRow::get);
				if (residual == null || residual.signum() == 0 || r.isDecimal()) {
					continue;
				}
				int column = columns.indexOf(r.subjectCell().column());
				if (column < 0 || column >= t.row().getCells().size()) {
					continue;
				}
				found.add(new Mismatch(t, t.row().getCells().get(column), columns.get(column),
						r.solveFor(r.subjectCell(), asRow::get), t.value(column), r.derivation(r.subjectCell(), asRow::get)));
			}
			for (int i = 0; i < columns.size() && i < t.row().getCells().size(); i++) {
				BigDecimal v = t.value(i);
				BigDecimal sum = BigDecimal.ZERO;
				List<String> parts = new ArrayList<>();
				for (Leaf leaf : t.components()) {
					CellKey key = new CellKey(leaf, columns.get(i));
					BigDecimal x = written.contains(key) ? values.apply(key) : null;
					if (x == null) {
						sum = null;
						break;
					}
					sum = sum.add(x);
					parts.add(Numbers.format(x));
				}
				if (v != null && sum != null && sum.compareTo(v) != 0) {
					found.add(new Mismatch(t, t.row().getCells().get(i), columns.get(i), sum, v, String.join(" + ", parts)));
				}
			}
		}
		return found;
	}
}
