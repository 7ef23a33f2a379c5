package org.nianbao.arithmetic;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.model.Tables;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.TableData;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.Template;

import com.google.inject.Singleton;

/**
 * The one arithmetic service: evaluates the relations (勾稽关系) a template declares on the
 * numbers of a report. No table-specific Java: every formula and rule comes from the template.
 *
 * <h2>Semantics</h2>
 * <ul>
 * <li>A formula on a column leaf ({@code 总计 = 自然人 + sum(法人)}) holds in every row; one on a row
 * leaf in every column; {@code rule … per column} names rows and holds in every column,
 * {@code per row} names columns and holds in every row. {@code sum(g except x, y)} is every
 * non-derived leaf under {@code g} except those under {@code x} and {@code y}; a group named
 * directly stands for the same sum.</li>
 * <li>Numbers are exact {@link BigDecimal}s. A relation touching a {@code decimal} leaf holds within
 * half a unit of the coarsest precision written, per term; counts must match exactly.</li>
 * <li>Cells that are {@code auto}, blank ({@code -}) or missing are solved when a relation
 * determines them (repeatedly, derived cells first). {@code auto} is never reported; a blank is
 * reported with the value it should have ({@link Violation.Kind#BLANK}) or as undetermined.</li>
 * <li>A broken relation is reported on its derived cell ({@link Violation.Kind#MISMATCH}), unless
 * one written cell takes part in two or more broken relations, in no intact one, and a single value
 * of it repairs them all: then that cell is blamed ({@link Violation.Kind#CULPRIT}).</li>
 * <li>Numbers in cells that are not {@code signed} must be ≥ 0; cells that are not {@code decimal}
 * must be integers.</li>
 * </ul>
 *
 * <h2>API</h2>
 * <pre>
 * ReportResult r = arithmetic.evaluate(report);
 * TableResult t = r.table("申请");
 * t.value("新收", "总计");            // written or computed value (null when undetermined)
 * t.violations();                     // cell, expected, actual, relation, derivation
 * t.explain(t.cellOf(numberCell));    // hover text: formula, values, result
 * arithmetic.rowSatisfies(tableDef, rowLeaf, values);  // importer: does a candidate row hold?
 * </pre>
 * Stateless and thread-safe; inject it or create it with {@code new}.
 */
@Singleton
public class Arithmetic {

	/** Evicts with the template's resource, so an edited template is compiled again. Null when created with new. */
	@com.google.inject.Inject(optional = true)
	private org.eclipse.xtext.util.IResourceScopeCache cache;

	/**
	 * Relations compiled once per table when there is no resource-scope cache, kept on the table itself
	 * (an adapter): they live exactly as long as it does. A map from tables would keep every table
	 * its relations name, so the tables of each user template an import parsed stayed for good.
	 */
	private static final class Compiled extends org.eclipse.emf.common.notify.impl.AdapterImpl {
		final TableRelations relations;

		Compiled(TableRelations relations) {
			this.relations = relations;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Compiled.class;
		}
	}

	/**
	 * The relations of a template table, compiled once per template resource state (a batch shares
	 * the library template's, instead of compiling it again for every report).
	 */
	public TableRelations relations(TableDef table) {
		org.eclipse.emf.ecore.resource.Resource resource = table.eResource();
		if (cache == null || resource == null) {
			// Not injected (the importer's checker): templates it is given do not change while it runs,
			// and it asks about the same table thousands of times when it solves run-together digits.
			synchronized (table) {
				if (org.eclipse.emf.ecore.util.EcoreUtil.getExistingAdapter(table, Compiled.class) instanceof Compiled c) {
					return c.relations;
				}
				TableRelations relations = new TableRelations(table);
				table.eAdapters().add(new Compiled(relations));
				return relations;
			}
		}
		return cache.get(org.eclipse.xtext.util.Tuples.create(TableRelations.class, table), resource,
				() -> new TableRelations(table));
	}

	/** Evaluates every table of the report's template that the report fills in. */
	public ReportResult evaluate(Report report) {
		ReportResult result = new ReportResult(report);
		Template template = Tables.template(report);
		if (template == null) {
			return result;
		}
		for (TableDef def : Tables.allTables(template)) {
			TableData data = Tables.tableData(report, def);
			if (data != null) {
				result.put(def, evaluate(def, data));
			}
		}
		return result;
	}

	/** Evaluates one table of a report (data may be null: every cell unknown). */
	public TableResult evaluate(TableDef table, TableData data) {
		return new TableResult(relations(table), data);
	}

	/**
	 * Evaluates values given directly, keyed by cell; null or missing means unknown. The result has
	 * no tokens: violations carry cells and values only.
	 */
	public TableResult evaluate(TableDef table, Map<CellKey, BigDecimal> values) {
		TableRelations compiled = relations(table);
		return new TableResult(compiled, compiled.relations(), values);
	}

	/**
	 * Checks one row on its own, against the relations that lie within the row (row totals,
	 * {@code per row} rules), and signs and integers: the importer's test for a candidate split of
	 * run-together digits. {@code values} are in column order (one per column leaf; null unknown).
	 *
	 * @return the violations; empty when the row holds
	 */
	public List<Violation> checkRow(TableDef table, Leaf row, List<BigDecimal> values) {
		TableRelations compiled = relations(table);
		return new TableResult(compiled, compiled.rowRelations(row), rowValues(compiled, row, values)).violations();
	}

	/** Whether a candidate row satisfies the relations within that row (see {@link #checkRow}). */
	public boolean rowSatisfies(TableDef table, Leaf row, List<BigDecimal> values) {
		TableRelations compiled = relations(table);
		return TableResult.holds(compiled, compiled.rowRelations(row), rowValues(compiled, row, values));
	}

	/** Whether some relation of the table names a cell of the row: a reading of the row's digits can then be refuted. */
	public boolean constrainsRow(TableDef table, Leaf row) {
		return relations(table).involves(row);
	}

	/** Whether values given directly break no relation of the table: {@code evaluate(table, values).broken().isEmpty()}, without explaining. */
	public boolean nothingBroken(TableDef table, Map<CellKey, BigDecimal> values) {
		return TableResult.nothingBroken(relations(table), values);
	}

	private static Map<CellKey, BigDecimal> rowValues(TableRelations compiled, Leaf row, List<BigDecimal> values) {
		List<Leaf> columns = compiled.columns();
		if (values.size() != columns.size()) {
			throw new IllegalArgumentException(
					"expected " + columns.size() + " values for " + Tables.pathString(row) + ", got " + values.size());
		}
		Map<CellKey, BigDecimal> given = new LinkedHashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			given.put(new CellKey(row, columns.get(i)), values.get(i));
		}
		return given;
	}
}
