package org.nianbao.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.arithmetic.CellKey;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.TableDef;

/**
 * Decides run-together rows over the whole table at once: each undecided row has the readings that
 * satisfy its own relations; a depth-first search over them, pruned by every relation of the table
 * whose cells are known so far (column totals, the balance identity), finds the readings of the
 * whole table. A row is decided when every complete reading agrees on it; the search is bounded in
 * solutions and in the number of readings it tries (not in time: what an import reads must not
 * depend on how busy the machine is), and a bounded search decides nothing it did not finish.
 */
final class TableSolver {
	static final int MAX_SOLUTIONS = 64;
	/**
	 * Readings tried (each a check of the table's relations, some microseconds) before the search
	 * gives up: the corpus's run-together page needs 40; a hostile table stops within a second.
	 */
	static final int MAX_TRIES = 20_000;

	private final TableDef table;
	private final RowChecker checker;
	private final List<Leaf> columns;

	TableSolver(TableDef table, RowChecker checker) {
		this.table = table;
		this.checker = checker;
		this.columns = Tables.columnLeaves(table);
	}

	/**
	 * @param known     rows already read (values; null entries are blanks)
	 * @param undecided each undecided row's readings (at least one each)
	 * @return the rows the table decides, with their values; rows left out stay undecided
	 */
	Map<Leaf, List<BigDecimal>> solve(Map<Leaf, List<BigDecimal>> known, Map<Leaf, List<List<BigDecimal>>> undecided) {
		List<Leaf> order = new ArrayList<>(undecided.keySet());
		order.sort(Comparator.comparingInt(l -> undecided.get(l).size()));
		Map<CellKey, BigDecimal> values = new HashMap<>();
		known.forEach((row, vs) -> put(values, row, vs));
		List<Map<Leaf, List<BigDecimal>>> solutions = new ArrayList<>();
		int[] budget = { MAX_TRIES };
		boolean complete = search(order, 0, undecided, values, new HashMap<>(), solutions, budget);
		Map<Leaf, List<BigDecimal>> decided = new HashMap<>();
		if (!complete || solutions.isEmpty()) {
			return decided;
		}
		for (Leaf row : order) {
			List<BigDecimal> first = solutions.get(0).get(row);
			boolean agree = solutions.stream().allMatch(s -> s.get(row).equals(first));
			if (agree) {
				decided.put(row, first);
			}
		}
		return decided;
	}

	private boolean search(List<Leaf> order, int k, Map<Leaf, List<List<BigDecimal>>> undecided,
			Map<CellKey, BigDecimal> values, Map<Leaf, List<BigDecimal>> chosen, List<Map<Leaf, List<BigDecimal>>> out,
			int[] budget) {
		if (k == order.size()) {
			out.add(new HashMap<>(chosen));
			return out.size() <= MAX_SOLUTIONS;
		}
		Leaf row = order.get(k);
		for (List<BigDecimal> reading : undecided.get(row)) {
			if (--budget[0] < 0) {
				return false;
			}
			put(values, row, reading);
			if (checker.tableHolds(table, values)) {
				chosen.put(row, reading);
				if (!search(order, k + 1, undecided, values, chosen, out, budget)) {
					remove(values, row);
					return false;
				}
				chosen.remove(row);
			}
			remove(values, row);
		}
		return true;
	}

	private void put(Map<CellKey, BigDecimal> values, Leaf row, List<BigDecimal> vs) {
		for (int c = 0; c < columns.size(); c++) {
			CellKey key = new CellKey(row, columns.get(c));
			if (vs.get(c) == null) {
				values.remove(key);
			} else {
				values.put(key, vs.get(c));
			}
		}
	}

	private void remove(Map<CellKey, BigDecimal> values, Leaf row) {
		for (Leaf c : columns) {
			values.remove(new CellKey(row, c));
		}
	}
}
