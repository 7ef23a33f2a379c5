package org.nianbao.importer;

import java.math.BigDecimal;
import java.util.List;

import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.TableDef;

/**
 * Whether values for one row satisfy the relations the template declares within that row (row
 * totals, `per row` rules). The importer asks it to choose among the splits of run-together digits;
 * the arithmetic itself lives in the runtime's arithmetic service, never here.
 */
public interface RowChecker {

	/**
	 * @param values one value per column leaf of the table, in the template's order
	 * @return true when every relation within the row holds (also when the row has none)
	 */
	boolean holds(TableDef table, Leaf row, List<BigDecimal> values);
}
