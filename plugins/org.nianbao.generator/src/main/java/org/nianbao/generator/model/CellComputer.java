package org.nianbao.generator.model;

import java.math.BigDecimal;

import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.TableDef;

/**
 * Where the generators get the values they do not read from the report's text: `auto` cells and
 * the expressions in narrative text. Backed by the runtime's arithmetic services
 * ({@link ArithmeticComputer}); the generators never evaluate template formulas themselves.
 */
public interface CellComputer {

	/** The value of a cell the report leaves to the tools, or null when it cannot be computed. */
	BigDecimal cell(Report report, TableDef table, Leaf row, Leaf column);

	/**
	 * Narrative text with each {@code {表.行.列 + …}} expression replaced by its value; an
	 * expression that cannot be evaluated stays as written, braces included, so the gap shows.
	 */
	default String narrative(Report report, String text) {
		return text;
	}

	/** A computer that knows nothing: `auto` cells stay empty, expressions stay as written. */
	CellComputer NONE = (report, table, row, column) -> null;
}
