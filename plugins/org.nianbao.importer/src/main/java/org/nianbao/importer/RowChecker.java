package org.nianbao.importer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.nianbao.arithmetic.CellKey;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.TableDef;

/**
 * Whether values satisfy the relations the template declares. The importer asks it to choose among
 * the readings of run-together digits and to confirm a table decoded by order; the arithmetic
 * itself lives in the runtime's arithmetic service, never here.
 */
public interface RowChecker {

	/**
	 * @param values one value per column leaf of the table, in the template's order
	 * @return true when every relation within the row holds (also when the row has none)
	 */
	boolean holds(TableDef table, Leaf row, List<BigDecimal> values);

	/**
	 * @param values the cells known so far (missing keys are unknown)
	 * @return true when no relation of the table whose cells are known is broken
	 */
	boolean tableHolds(TableDef table, Map<CellKey, BigDecimal> values);

	/**
	 * @return true when some relation of the table involves a cell of the row (a row total, a column
	 *         total over it, a rule naming it): a reading of its digits can then be refuted, and a
	 *         reading that holds says something; false when every reading of the right count holds
	 */
	boolean checksRow(TableDef table, Leaf row);
}
