package org.nianbao.arithmetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.nianbao.model.Tables;
import org.nianbao.nianbao.Cell;
import org.nianbao.nianbao.Direction;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.YearBinary;
import org.nianbao.nianbao.YearCell;
import org.nianbao.nianbao.YearExpression;
import org.nianbao.nianbao.YearRule;

/**
 * Evaluates a template's {@code crossyear} rule on this year's and last year's report: for every
 * line of the table (every column of a {@code per column} rule, every row of a {@code per row} one)
 * the subject cell must equal the expression, whose {@code last(x)} terms are last year's cells.
 * Last year's report may fill in another template: its cells are found by table name and path.
 */
public final class CrossYear {
	private CrossYear() {
	}

	/**
	 * One cell that breaks a cross-year rule.
	 *
	 * @param derivation the terms with their values, e.g. {@code 上年 3 + 2 − 0}
	 * @param carry      whether the rule only carries a value over ({@code x == last(y)})
	 */
	public record Finding(YearRule rule, CellKey cell, Cell token, BigDecimal expected, BigDecimal actual,
			String derivation, boolean carry) {
	}

	/** The rule's findings; none when either report lacks the table. */
	public static List<Finding> evaluate(YearRule rule, ReportResult now, ReportResult before) {
		List<Finding> findings = new ArrayList<>();
		TableDef def = rule.getTable();
		if (def == null || def.eIsProxy() || rule.getSubject() == null || rule.getSubject().eIsProxy()) {
			return findings;
		}
		TableResult table = now.table(def.getName());
		TableResult last = before.table(def.getName());
		if (table == null || last == null) {
			return findings;
		}
		boolean perRow = rule.getDirection() == Direction.ROW;
		List<Leaf> lines = perRow ? Tables.rowLeaves(table.table()) : Tables.columnLeaves(table.table());
		boolean carry = rule.getValue() instanceof YearCell c && c.isLast();
		for (Leaf line : lines) {
			String lineName = Tables.pathString(line);
			String subject = Tables.pathString(rule.getSubject());
			CellKey cell = perRow ? table.key(lineName, subject) : table.key(subject, lineName);
			if (cell == null) {
				continue;
			}
			StringBuilder derivation = new StringBuilder();
			BigDecimal expected = value(rule.getValue(), lineName, perRow, table, last, derivation);
			BigDecimal actual = table.value(cell);
			Cell token = table.token(cell);
			if (expected != null && actual != null && token != null && actual.compareTo(expected) != 0) {
				findings.add(new Finding(rule, cell, token, expected, actual, derivation.toString(), carry));
			}
		}
		return findings;
	}

	private static BigDecimal value(YearExpression e, String line, boolean perRow, TableResult now, TableResult last,
			StringBuilder derivation) {
		if (e instanceof YearBinary b) {
			BigDecimal left = value(b.getLeft(), line, perRow, now, last, derivation);
			derivation.append("-".equals(b.getOp()) ? " − " : " + ");
			BigDecimal right = value(b.getRight(), line, perRow, now, last, derivation);
			if (left == null || right == null) {
				return null;
			}
			return "-".equals(b.getOp()) ? left.subtract(right) : left.add(right);
		}
		if (e instanceof YearCell c && c.getLeaf() != null && !c.getLeaf().eIsProxy()) {
			String node = Tables.pathString(c.getLeaf());
			TableResult from = c.isLast() ? last : now;
			BigDecimal v = perRow ? from.value(line, node) : from.value(node, line);
			derivation.append(c.isLast() ? "上年 " : "").append(v == null ? "?" : Numbers.format(v));
			return v;
		}
		return null;
	}
}
