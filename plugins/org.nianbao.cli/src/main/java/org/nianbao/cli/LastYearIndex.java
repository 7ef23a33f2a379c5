package org.nianbao.cli;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.cli.AuditCommand.Previous;
import org.nianbao.importer.audit.OrganNames;

/**
 * Last year's reports of an audit, indexed by year and organ name, so that finding a report's one
 * does not compare it with all of them: a national audit holds some 10^5 reports a year, and one
 * comparison per pair took a 10,000-report run's main thread eight seconds.
 * <p>
 * {@link #find} answers as the list would when read in order: a report of the year before (or of no
 * year; any when the report names none) whose organ is the same name, the same {@linkplain
 * OrganNames#same normalised} name, or contains the name or is contained in it (a page may print
 * "港口镇" where the report says "中山市港口镇人民政府"). When several qualify: the last with exactly
 * the same name, else the first. Built once; read by any number of workers.
 */
final class LastYearIndex {

	static final LastYearIndex EMPTY = of(List.of());

	private final List<Previous> reports;
	private final Map<Integer, Names> byYear = new HashMap<>();
	/** The reports that name no year: they qualify whatever the year. */
	private final Names undated = new Names();
	/** Every report: for a report that names no year. */
	private final Names all = new Names();

	private LastYearIndex(List<Previous> reports) {
		this.reports = List.copyOf(reports);
		for (int i = 0; i < this.reports.size(); i++) {
			Previous p = this.reports.get(i);
			(p.year() == null ? undated : byYear.computeIfAbsent(p.year(), y -> new Names())).add(i, p.organ());
			all.add(i, p.organ());
		}
	}

	static LastYearIndex of(List<Previous> reports) {
		return new LastYearIndex(reports);
	}

	/** Last year's report of {@code organ} for {@code year}, or null. */
	Previous find(String organ, Integer year) {
		if (organ == null || reports.isEmpty()) {
			return null;
		}
		List<Names> candidates = new ArrayList<>(2);
		if (year == null) {
			candidates.add(all);
		} else {
			Names before = byYear.get(year - 1);
			if (before != null) {
				candidates.add(before);
			}
			candidates.add(undated);
		}
		int exact = -1;
		for (Names n : candidates) {
			exact = Math.max(exact, n.lastExact.getOrDefault(organ, -1));
		}
		if (exact >= 0) {
			return reports.get(exact);
		}
		String normalised = OrganNames.normalise(organ);
		int first = Integer.MAX_VALUE;
		for (Names n : candidates) {
			first = Math.min(first, n.firstAlike(organ, normalised, first));
		}
		return first == Integer.MAX_VALUE ? null : reports.get(first);
	}

	/** The organ names of one group of reports, by list position. */
	private final class Names {
		private final Map<String, Integer> lastExact = new HashMap<>();
		private final Map<String, Integer> firstExact = new HashMap<>();
		private final Map<String, Integer> firstNormalised = new HashMap<>();
		/** Character → the positions, ascending, of the names holding it. */
		private final Map<Character, IntList> holding = new HashMap<>();
		/** The lengths the names have. */
		private final BitSet lengths = new BitSet();
		private int first = -1;

		void add(int i, String organ) {
			lastExact.put(organ, i);
			firstExact.putIfAbsent(organ, i);
			firstNormalised.putIfAbsent(OrganNames.normalise(organ), i);
			lengths.set(organ.length());
			for (int k = 0; k < organ.length(); k++) {
				IntList at = holding.computeIfAbsent(organ.charAt(k), c -> new IntList());
				if (at.last() != i) {
					at.add(i);
				}
			}
			if (first < 0) {
				first = i;
			}
		}

		/** The first position before {@code bound} whose name is alike {@code organ}, else {@code bound}. */
		int firstAlike(String organ, String normalised, int bound) {
			if (first < 0) {
				return bound;
			}
			int best = Math.min(bound, firstNormalised.getOrDefault(normalised, Integer.MAX_VALUE));
			// names within the organ's: each of its substrings of a length some name has
			for (int len = lengths.nextSetBit(0); len >= 0 && len <= organ.length(); len = lengths.nextSetBit(len + 1)) {
				for (int start = 0; start + len <= organ.length(); start++) {
					best = Math.min(best, firstExact.getOrDefault(organ.substring(start, start + len), Integer.MAX_VALUE));
				}
			}
			// names holding the organ's: among those with its rarest character
			if (organ.isEmpty()) {
				return Math.min(best, first);
			}
			IntList rarest = null;
			for (int k = 0; k < organ.length(); k++) {
				IntList at = holding.get(organ.charAt(k));
				if (at == null) {
					return best;
				}
				if (rarest == null || at.size < rarest.size) {
					rarest = at;
				}
			}
			for (int k = 0; k < rarest.size && rarest.values[k] < best; k++) {
				if (reports.get(rarest.values[k]).organ().contains(organ)) {
					return rarest.values[k];
				}
			}
			return best;
		}
	}

	/** A growing list of ints. */
	private static final class IntList {
		int[] values = new int[4];
		int size;

		void add(int v) {
			if (size == values.length) {
				values = java.util.Arrays.copyOf(values, size * 2);
			}
			values[size++] = v;
		}

		int last() {
			return size == 0 ? -1 : values[size - 1];
		}
	}
}
