package org.nianbao.arithmetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nianbao.model.Tables;
import org.nianbao.nianbao.AutoCell;
import org.nianbao.nianbao.BlankCell;
import org.nianbao.nianbao.Cell;
import org.nianbao.nianbao.Group;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.Node;
import org.nianbao.nianbao.NumberCell;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.TableData;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.UnreadableCell;

/**
 * The evaluation of one table of a report: written values, values computed for `auto`, blank and
 * missing cells, and the violations. Immutable once built; see {@link Arithmetic} for the contract.
 */
public final class TableResult {
	private final TableRelations relations;
	private final TableData data;
	private List<Relation> active;
	private final List<GroupTotals.Total> groupTotals = new ArrayList<>();
	private List<GroupTotals.Mismatch> groupMismatches = List.of();
	private final Map<CellKey, BigDecimal> written;
	private final Map<CellKey, Cell> tokens = new LinkedHashMap<>();
	private final Map<Cell, CellKey> cellsByToken = new HashMap<>();
	private final Map<CellKey, BigDecimal> solved = new LinkedHashMap<>();
	private final Map<CellKey, Relation> solvedBy = new HashMap<>();
	private final List<Relation> broken = new ArrayList<>();
	private final List<Violation> violations = new ArrayList<>();

	TableResult(TableRelations relations, TableData data) {
		this.relations = relations;
		this.data = data;
		this.written = new LinkedHashMap<>();
		this.active = relations.relations();
		if (data != null) {
			read(data);
			if (!groupTotals.isEmpty()) {
				active = GroupTotals.substitute(active, relations.columns(), groupTotals, written.keySet());
			}
		}
		evaluate();
		if (!groupTotals.isEmpty()) {
			groupMismatches = GroupTotals.check(relations, groupTotals, this::value, written.keySet());
		}
	}

	/** For {@link Arithmetic#checkRow}: values given directly, null meaning unknown. */
	TableResult(TableRelations relations, List<Relation> active, Map<CellKey, BigDecimal> values) {
		this(relations, active, values, true);
	}

	/**
	 * @param explain false for a yes/no question ({@link #holds}, {@link #nothingBroken}): the relations
	 *                are solved and checked, but no violation is localised or described
	 */
	private TableResult(TableRelations relations, List<Relation> active, Map<CellKey, BigDecimal> values, boolean explain) {
		this.relations = relations;
		this.data = null;
		this.active = active;
		if (!explain && !values.containsValue(null)) {
			// a yes/no question only reads the values: no copy (the importer asks it of every candidate)
			this.written = values;
		} else {
			this.written = new LinkedHashMap<>();
			values.forEach((k, v) -> {
				if (v != null) {
					written.put(k, v);
				}
			});
		}
		if (explain) {
			evaluate();
		} else {
			solve();
			findBroken();
		}
	}

	/**
	 * Whether values given directly would give no violation: exactly {@code violations().isEmpty()}
	 * of the full evaluation, which reports every broken relation that has a written cell (on its
	 * culprit or on a written cell of it), and written values that are negative or not integers where
	 * the cell does not allow it. The importer asks this of every candidate split of digits.
	 */
	static boolean holds(TableRelations relations, List<Relation> active, Map<CellKey, BigDecimal> values) {
		TableResult quick = new TableResult(relations, active, values, false);
		for (Relation r : quick.broken) {
			for (Relation.Term t : r.terms()) {
				if (quick.written.containsKey(t.cell())) {
					return false;
				}
			}
		}
		for (Map.Entry<CellKey, BigDecimal> e : quick.written.entrySet()) {
			CellKey cell = e.getKey();
			BigDecimal v = e.getValue();
			if (negativeWhereNotAllowed(cell, v) || fractionWhereNotAllowed(cell, v)) {
				return false;
			}
		}
		return true;
	}

	/** Whether no relation is broken by values given directly: exactly {@code broken().isEmpty()} of the full evaluation. */
	static boolean nothingBroken(TableRelations relations, Map<CellKey, BigDecimal> values) {
		return new TableResult(relations, relations.relations(), values, false).broken.isEmpty();
	}

	private void read(TableData data) {
		List<Leaf> columns = relations.columns();
		Set<Leaf> seen = new HashSet<>();
		Set<Group> groups = new HashSet<>();
		for (RowData row : data.getRows()) {
			Group group = row.getGroup();
			if (row.isTotal() && group != null && !group.eIsProxy() && groups.add(group)) {
				groupTotals.add(new GroupTotals.Total(group, row, TableRelations.components(group, Set.of())));
			}
			Leaf leaf = row.getRow();
			// duplicates and unresolved rows are structure findings; the first occurrence counts
			if (leaf == null || leaf.eIsProxy() || !seen.add(leaf) || !relations.rows().contains(leaf)) {
				continue;
			}
			for (int i = 0; i < row.getCells().size() && i < columns.size(); i++) {
				Cell cell = row.getCells().get(i);
				CellKey key = new CellKey(leaf, columns.get(i));
				tokens.put(key, cell);
				cellsByToken.put(cell, key);
				if (cell instanceof NumberCell n && n.getValue() != null) {
					written.put(key, n.getValue());
				}
			}
		}
	}

	public TableDef table() {
		return relations.table();
	}

	/** The report's table, or null when evaluating values given directly. */
	public TableData data() {
		return data;
	}

	public TableRelations compiled() {
		return relations;
	}

	/** The relations evaluated (all of the table's, or one row's for a row check). */
	public List<Relation> relations() {
		return active;
	}

	/** The relations a cell takes part in. */
	public List<Relation> relationsOf(CellKey cell) {
		return active.stream().filter(r -> r.involves(cell)).toList();
	}

	/** The written value, or the value computed for an auto, blank or missing cell; null when undetermined. */
	public BigDecimal value(CellKey cell) {
		BigDecimal v = written.get(cell);
		return v != null ? v : solved.get(cell);
	}

	public BigDecimal value(Leaf row, Leaf column) {
		return value(new CellKey(row, column));
	}

	/** By names as a report writes them (`新收`, `其他处理.其他`, `行政复议.总计`); null if unknown or undetermined. */
	public BigDecimal value(String row, String column) {
		CellKey key = key(row, column);
		return key == null ? null : value(key);
	}

	/** The cell named by row and column names (any unique suffix of the path), or null. */
	public CellKey key(String row, String column) {
		Node r = table().getRows() == null ? null : Tables.referableNames(table().getRows().getNodes()).get(row);
		Node c = table().getColumns() == null ? null
				: Tables.referableNames(table().getColumns().getNodes()).get(column);
		return r instanceof Leaf rl && c instanceof Leaf cl ? new CellKey(rl, cl) : null;
	}

	/** Whether the value was computed (auto, blank or missing cell) rather than written. */
	public boolean isComputed(CellKey cell) {
		return !written.containsKey(cell) && solved.containsKey(cell);
	}

	/** The cell token as written in the report, or null when the row or cell is missing. */
	public Cell token(CellKey cell) {
		return tokens.get(cell);
	}

	/** The cell a token of this table's data stands for, or null. */
	public CellKey cellOf(Cell token) {
		return cellsByToken.get(token);
	}

	/** The relations found broken (each exactly once, whether blamed on a total or on a culprit). */
	public List<Relation> broken() {
		return Collections.unmodifiableList(broken);
	}

	public List<Violation> violations() {
		return Collections.unmodifiableList(violations);
	}

	/** The cells of rows of group totals (`sum 其他处理`) that do not hold. */
	public List<GroupTotals.Mismatch> groupMismatches() {
		return groupMismatches;
	}

	/**
	 * For hovers: how the cell's value comes about, one line per relation it is the subject of
	 * (`总计 = 自然人 + sum(法人) = 24 + 2 + 0 + 0 + 0 + 0 = 26`), or, for a component, its value and
	 * the totals it enters.
	 */
	public String explain(CellKey cell) {
		List<String> lines = new ArrayList<>();
		for (Relation r : active) {
			if (r.subjectCell().equals(cell)) {
				BigDecimal v = r.solveFor(cell, this::value);
				lines.add(r.name() + " = " + r.symbolic(cell) + " = " + r.derivation(cell, this::value) + " = "
						+ (v == null ? "?" : Numbers.format(v)));
			}
		}
		if (lines.isEmpty()) {
			BigDecimal v = value(cell);
			StringBuilder sb = new StringBuilder(cell.display()).append(" = ")
					.append(v == null ? "?" : Numbers.format(v));
			if (isComputed(cell)) {
				sb.append("（计算值 computed）");
			}
			List<String> totals = new ArrayList<>();
			for (Relation r : relationsOf(cell)) {
				totals.add(r.subjectCell().display());
			}
			if (!totals.isEmpty()) {
				sb.append("；计入 ").append(String.join("、", totals));
			}
			lines.add(sb.toString());
		} else if (isComputed(cell)) {
			lines.add("（计算值 computed）");
		}
		return String.join("\n", lines);
	}

	// ---- evaluation -------------------------------------------------------------------------

	private void evaluate() {
		solve();
		findBroken();
		localise();
		reportCells();
		violations.sort(Comparator.comparingInt(this::order));
	}

	private void findBroken() {
		for (Relation r : active) {
			BigDecimal residual = r.residual(this::value);
			if (residual != null && residual.abs().compareTo(tolerance(r)) > 0) {
				broken.add(r);
			}
		}
	}

	/** Propagation: a relation with one unknown cell determines it; derived cells first. */
	private void solve() {
		// Only relations with an unknown cell can solve anything, and values are only ever added:
		// most reports are written in full, and this leaves nothing to sweep.
		List<Relation> open = new ArrayList<>();
		for (Relation r : active) {
			for (Relation.Term t : r.terms()) {
				if (value(t.cell()) == null) {
					open.add(r);
					break;
				}
			}
		}
		boolean progress = !open.isEmpty();
		while (progress) {
			progress = false;
			for (boolean subjectsOnly : new boolean[] { true, false }) {
				for (Relation r : open) {
					CellKey unknown = singleUnknown(r);
					if (unknown == null || subjectsOnly && !unknown.equals(r.subjectCell())) {
						continue;
					}
					BigDecimal v = r.solveFor(unknown, this::value);
					if (v != null) {
						solved.put(unknown, v);
						solvedBy.put(unknown, r);
						progress = true;
					}
				}
				if (progress) {
					break;
				}
			}
		}
	}

	private CellKey singleUnknown(Relation r) {
		CellKey found = null;
		for (Relation.Term t : r.terms()) {
			if (value(t.cell()) == null) {
				if (found != null) {
					return null;
				}
				found = t.cell();
			}
		}
		return found;
	}

	/**
	 * Half a unit of the coarsest precision written, per term: amounts are rounded when published.
	 * Counts are exact.
	 */
	private BigDecimal tolerance(Relation r) {
		if (!r.isDecimal()) {
			return BigDecimal.ZERO;
		}
		int scale = Integer.MAX_VALUE;
		for (Relation.Term t : r.terms()) {
			BigDecimal v = written.get(t.cell());
			if (v != null) {
				scale = Math.min(scale, Math.max(0, v.scale()));
			}
		}
		if (scale == Integer.MAX_VALUE) {
			scale = 0;
		}
		BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2));
		return halfUnit.multiply(BigDecimal.valueOf(Math.max(1, r.terms().size() - 1)));
	}

	/**
	 * A written cell that takes part in two or more broken relations and in no intact one, where
	 * every broken relation asks for the same value, is blamed itself: one change repairs them all.
	 * Every other broken relation goes on its derived cell.
	 */
	private void localise() {
		Set<Relation> brokenSet = new HashSet<>(broken);
		Map<CellKey, List<Relation>> candidates = new LinkedHashMap<>();
		for (Relation r : broken) {
			for (Relation.Term t : r.terms()) {
				if (written.containsKey(t.cell())) {
					candidates.computeIfAbsent(t.cell(), k -> new ArrayList<>()).add(r);
				}
			}
		}
		List<Map.Entry<CellKey, List<Relation>>> ordered = new ArrayList<>(candidates.entrySet());
		ordered.sort(Comparator.comparingInt((Map.Entry<CellKey, List<Relation>> e) -> -e.getValue().size()));
		Set<Relation> assigned = new HashSet<>();
		for (Map.Entry<CellKey, List<Relation>> e : ordered) {
			CellKey cell = e.getKey();
			List<Relation> its = e.getValue();
			if (its.size() < 2 || its.stream().anyMatch(assigned::contains)) {
				continue;
			}
			boolean inIntact = relationsOf(cell).stream()
					.anyMatch(r -> !brokenSet.contains(r) && r.residual(this::value) != null);
			if (inIntact) {
				continue;
			}
			BigDecimal repair = null;
			boolean agree = true;
			for (Relation r : its) {
				BigDecimal v = r.solveFor(cell, this::value);
				if (v == null || repair != null && v.subtract(repair).abs().compareTo(tolerance(r)) > 0) {
					agree = false;
					break;
				}
				repair = repair == null ? v : repair;
			}
			if (!agree) {
				continue;
			}
			assigned.addAll(its);
			violations.add(new Violation(Violation.Kind.CULPRIT, cell, tokens.get(cell), repair, written.get(cell),
					its.get(0), List.copyOf(its), its.get(0).derivation(cell, this::value)));
		}
		for (Relation r : broken) {
			if (assigned.contains(r)) {
				continue;
			}
			CellKey target = r.subjectCell();
			if (!written.containsKey(target)) {
				// an auto or blank total solved elsewhere: the last written cell carries it
				target = null;
				for (Relation.Term t : r.terms()) {
					if (written.containsKey(t.cell())) {
						target = t.cell();
					}
				}
				if (target == null) {
					continue;
				}
			}
			violations.add(new Violation(Violation.Kind.MISMATCH, target, tokens.get(target),
					r.solveFor(target, this::value), written.get(target), r, List.of(r),
					r.derivation(target, this::value)));
		}
	}

	private void reportCells() {
		for (Map.Entry<CellKey, Cell> e : tokens.entrySet()) {
			CellKey cell = e.getKey();
			Cell token = e.getValue();
			if (token instanceof BlankCell) {
				Relation by = solvedBy.get(cell);
				if (by != null) {
					violations.add(new Violation(Violation.Kind.BLANK, cell, token, solved.get(cell), null, by,
							List.of(by), by.derivation(cell, this::value)));
				} else {
					violations.add(new Violation(Violation.Kind.UNDETERMINED_BLANK, cell, token, null, null, null,
							List.of(), ""));
				}
			} else if (token instanceof NumberCell) {
				BigDecimal v = written.get(cell);
				if (v == null) {
					continue;
				}
				if (negativeWhereNotAllowed(cell, v)) {
					violations.add(new Violation(Violation.Kind.NEGATIVE, cell, token, null, v, null, List.of(), ""));
				}
				if (fractionWhereNotAllowed(cell, v)) {
					violations.add(new Violation(Violation.Kind.NOT_INTEGER, cell, token, null, v, null, List.of(), ""));
				}
			} else if (token instanceof UnreadableCell) {
				Relation by = solvedBy.get(cell);
				violations.add(new Violation(Violation.Kind.UNREADABLE, cell, token, by == null ? null : solved.get(cell),
						null, by, by == null ? List.of() : List.of(by), by == null ? "" : by.derivation(cell, this::value)));
			} else if (token instanceof AutoCell) {
				// computed, never reported
			}
		}
		if (data == null) {
			// values given directly (checkRow): signs and integers still matter
			for (Map.Entry<CellKey, BigDecimal> e : written.entrySet()) {
				CellKey cell = e.getKey();
				BigDecimal v = e.getValue();
				if (negativeWhereNotAllowed(cell, v)) {
					violations.add(new Violation(Violation.Kind.NEGATIVE, cell, null, null, v, null, List.of(), ""));
				}
				if (fractionWhereNotAllowed(cell, v)) {
					violations.add(new Violation(Violation.Kind.NOT_INTEGER, cell, null, null, v, null, List.of(), ""));
				}
			}
		}
	}

	/** A written value below zero in a cell the template does not mark signed (NEGATIVE). */
	private static boolean negativeWhereNotAllowed(CellKey cell, BigDecimal v) {
		return v.signum() < 0 && !cell.isSigned();
	}

	/** A written value with a fraction in a cell the template does not mark decimal (NOT_INTEGER). */
	private static boolean fractionWhereNotAllowed(CellKey cell, BigDecimal v) {
		return !cell.isDecimal() && !Numbers.isInteger(v);
	}

	/** Document order of the cell (row-major), so findings read top to bottom. */
	private int order(Violation v) {
		int r = relations.rows().indexOf(v.cell().row());
		int c = relations.columns().indexOf(v.cell().column());
		return r * 1000 + c;
	}
}
