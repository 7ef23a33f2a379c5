package org.nianbao.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.nianbao.arithmetic.CellKey;

import org.nianbao.arithmetic.Arithmetic;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.TableDef;

/** The row checker backed by the runtime's arithmetic service: the relations come from the template. */
public final class ArithmeticRowChecker implements RowChecker {
	private final Arithmetic arithmetic;

	public ArithmeticRowChecker() {
		this(new Arithmetic());
	}

	public ArithmeticRowChecker(Arithmetic arithmetic) {
		this.arithmetic = arithmetic;
	}

	@Override
	public boolean holds(TableDef table, Leaf row, List<BigDecimal> values) {
		return arithmetic.rowSatisfies(table, row, values);
	}

	@Override
	public boolean checksRow(TableDef table, Leaf row) {
		return arithmetic.constrainsRow(table, row);
	}

	@Override
	public boolean tableHolds(TableDef table, Map<CellKey, BigDecimal> values) {
		return arithmetic.nothingBroken(table, values);
	}
}
