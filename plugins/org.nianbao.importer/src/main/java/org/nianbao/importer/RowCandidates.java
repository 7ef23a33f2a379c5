package org.nianbao.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.nianbao.importer.CellLexer.Item;
import org.nianbao.importer.CellLexer.Kind;

/**
 * The ways the cells of one row can be read when some of its digits ran together: each run of
 * digits becomes one or more counts, every other item exactly one cell, n cells in all. Only the
 * readings that satisfy the row's own relations are kept; the table decides among them.
 */
final class RowCandidates {
	private RowCandidates() {
	}

	/** Thrown when there are more readings than the limit: too many to call any one certain. */
	static final class TooMany extends Exception {
		private static final long serialVersionUID = 1L;
	}

	interface Filter {
		boolean holds(List<BigDecimal> values);
	}

	/** Every reading of {@code items} as n values (null for blanks) that passes the filter. */
	static List<List<BigDecimal>> readings(List<Item> items, int n, int limit, Filter filter) throws TooMany {
		List<List<BigDecimal>> out = new ArrayList<>();
		distribute(items, 0, n, new ArrayList<>(), out, limit, filter, new Splits(items.size(), n));
		return out;
	}

	/** How many splits each run of digits has into each number of parts, counted once per reading of a row. */
	private static final class Splits {
		private final long[] counts;
		private final int parts;

		Splits(int items, int parts) {
			this.parts = parts;
			this.counts = new long[items * (parts + 1)];
			java.util.Arrays.fill(counts, -1);
		}

		long count(int item, String digits, int n) {
			int at = item * (parts + 1) + n;
			if (counts[at] < 0) {
				counts[at] = RowSplitter.countSplits(digits, n);
			}
			return counts[at];
		}
	}

	private static void distribute(List<Item> items, int k, int left, List<BigDecimal> acc, List<List<BigDecimal>> out,
			int limit, Filter filter, Splits splits) throws TooMany {
		if (k == items.size()) {
			if (left == 0 && filter.holds(acc)) {
				out.add(new ArrayList<>(acc));
				if (out.size() > limit) {
					throw new TooMany();
				}
			}
			return;
		}
		Item it = items.get(k);
		int rest = items.size() - k - 1;
		if (it.kind() != Kind.DIGITS) {
			if (left - 1 < rest) {
				return;
			}
			acc.add(it.kind() == Kind.BLANK ? null : Cells.parse(it.text()).value());
			distribute(items, k + 1, left - 1, acc, out, limit, filter, splits);
			acc.remove(acc.size() - 1);
			return;
		}
		String d = it.text();
		int max = Math.min(d.length(), left - rest);
		for (int parts = 1; parts <= max; parts++) {
			if (splits.count(k, d, parts) > limit) {
				throw new TooMany(); // too many to call any one certain, as many as there are
			}
			int leftAfter = left - parts;
			RowSplitter.forEachSplit(d, parts, acc, () -> distribute(items, k + 1, leftAfter, acc, out, limit, filter, splits));
		}
	}

	/** Fewest and most cells the items can make. */
	static int minCells(List<Item> items) {
		return items.size();
	}

	static int maxCells(List<Item> items) {
		int n = 0;
		for (Item it : items) {
			n += it.kind() == Kind.DIGITS ? it.text().length() : 1;
		}
		return n;
	}
}
