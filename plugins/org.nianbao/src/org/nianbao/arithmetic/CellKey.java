package org.nianbao.arithmetic;

import org.nianbao.model.Tables;
import org.nianbao.nianbao.Leaf;

/** One cell of a table: a row leaf crossed with a column leaf (both from the template). */
public record CellKey(Leaf row, Leaf column) {

	/** `新收/总计`: the shortest unambiguous names of row and column, for messages and JSON. */
	public String display() {
		return Tables.shortestName(row) + "/" + Tables.shortestName(column);
	}

	public String rowName() {
		return Tables.pathString(row);
	}

	public String columnName() {
		return Tables.pathString(column);
	}

	/** Amount cells (`decimal` on the row or the column) are compared with a tolerance. */
	public boolean isDecimal() {
		return row.isDecimal() || column.isDecimal();
	}

	/** `signed` cells (e.g. 本年增/减) may be negative; all others are counts or amounts. */
	public boolean isSigned() {
		return row.isSigned() || column.isSigned();
	}

	@Override
	public String toString() {
		return display();
	}
}
