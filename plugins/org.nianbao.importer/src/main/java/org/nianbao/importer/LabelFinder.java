package org.nianbao.importer;

/**
 * Finds a label in the stream's label view: exactly when it is there, else by a semi-global
 * alignment that lets the publication insert characters (fragments of a vertical label printed
 * between the lines of a wrapped one), drop or misread a few (typos). Short labels match only
 * exactly: two characters prove nothing by similarity.
 */
final class LabelFinder {
	/** The share of a label's characters that may be edited for it still to match. */
	static final double MAX_EDIT_SHARE = 0.2;
	/** Labels this short (in the view) match only exactly. */
	static final int MIN_FUZZY_LENGTH = 6;
	/** How far past the search start a fuzzy match may begin, beyond the label's own length. */
	static final int FUZZY_WINDOW = 400;

	/** A match: view indices [start, end), and the edits it took (0 = exact). */
	record Match(int start, int end, int cost) {
		boolean exact() {
			return cost == 0;
		}
	}

	private LabelFinder() {
	}

	/** The first exact match at or after {@code from} and before {@code limit}, or null. */
	static Match exact(String view, String label, int from, int limit) {
		if (label.isEmpty()) {
			return null;
		}
		int at = view.indexOf(label, from);
		return at < 0 || at + label.length() > limit ? null : new Match(at, at + label.length(), 0);
	}

	/**
	 * The best match starting within the window after {@code from}: exact if there is one nearby,
	 * else the alignment with the fewest edits (the earliest among equals), or null when every
	 * alignment needs more than {@link #MAX_EDIT_SHARE} of the label's length.
	 */
	static Match find(String view, String label, int from, int limit) {
		int m = label.length();
		if (m == 0) {
			return null;
		}
		int windowEnd = Math.min(limit, from + m * 2 + FUZZY_WINDOW);
		Match exact = exact(view, label, from, windowEnd);
		if (exact != null || m < MIN_FUZZY_LENGTH) {
			return exact;
		}
		int maxCost = (int) Math.floor(m * MAX_EDIT_SHARE);
		int n = windowEnd - from;
		if (n <= 0) {
			return null;
		}
		// cost[j]: edits to align label[0..i) so that it ends just before view[from + j]; free start.
		int[] prev = new int[n + 1], cur = new int[n + 1];
		int[] startPrev = new int[n + 1], startCur = new int[n + 1];
		for (int j = 0; j <= n; j++) {
			prev[j] = 0;
			startPrev[j] = j;
		}
		for (int i = 1; i <= m; i++) {
			cur[0] = i;
			startCur[0] = 0;
			char lc = label.charAt(i - 1);
			int rowMin = Integer.MAX_VALUE;
			for (int j = 1; j <= n; j++) {
				int sub = prev[j - 1] + (view.charAt(from + j - 1) == lc ? 0 : 1);
				int del = prev[j] + 1; // a label character the publication dropped
				int ins = cur[j - 1] + 1; // a character the publication added inside the label
				int best = sub, start = startPrev[j - 1];
				if (del < best) {
					best = del;
					start = startPrev[j];
				}
				if (ins < best) {
					best = ins;
					start = startCur[j - 1];
				}
				cur[j] = best;
				startCur[j] = start;
				rowMin = Math.min(rowMin, best);
			}
			if (rowMin > maxCost) {
				return null;
			}
			int[] t = prev;
			prev = cur;
			cur = t;
			t = startPrev;
			startPrev = startCur;
			startCur = t;
		}
		// The fewest edits; among equals the span closest to the label's length (a misread last
		// character is a substitution, not a deletion that leaves it behind), then the earliest.
		int bestJ = -1;
		for (int j = 1; j <= n; j++) {
			if (prev[j] > maxCost) {
				continue;
			}
			if (bestJ < 0 || prev[j] < prev[bestJ] || prev[j] == prev[bestJ]
					&& Math.abs(j - startPrev[j] - m) < Math.abs(bestJ - startPrev[bestJ] - m)) {
				bestJ = j;
			}
		}
		if (bestJ < 0) {
			return null;
		}
		// The end: extend over equal-cost positions only when the next character continues the label.
		return new Match(from + startPrev[bestJ], from + bestJ, prev[bestJ]);
	}
}
