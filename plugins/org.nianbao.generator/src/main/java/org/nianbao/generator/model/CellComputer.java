package org.nianbao.generator.model;

import java.math.BigDecimal;

import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.TableDef;

/**
 * Where the generators get the values they do not read from the report's text: `auto` cells and
 * the expressions in narrative text. Backed by the runtime's arithmetic service; the generators
 * never evaluate template formulas themselves.
 */
public interface CellComputer {

	/** The value of a cell the report leaves to the tools, or null when it cannot be computed. */
	BigDecimal cell(Report report, TableDef table, Leaf row, Leaf column);

	/**
	 * The value of an expression written in narrative text between braces (e.g.
	 * {@code 申请.新收.总计 + 申请.上年结转.总计}), or null when it cannot be evaluated.
	 */
	default BigDecimal expression(Report report, String expression) {
		return null;
	}

	/** A computer that knows nothing: `auto` cells stay empty. */
	CellComputer NONE = (report, table, row, column) -> null;
}
