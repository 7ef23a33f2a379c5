package org.nianbao.importer;

/**
 * Whether strings occur in a stream's label view, asked for the few hundred labels of the templates:
 * each label is looked for only at the places of its rarest character, so that a page is not scanned
 * once a label. The per-character tables are the thread's own and are cleared after use: one view
 * is open at a time on a thread (never nested), closed by try-with-resources.
 */
final class ViewOccurrences implements AutoCloseable {
	private static final ThreadLocal<int[][]> TABLES = ThreadLocal.withInitial(() -> new int[][] { new int[1 << 16], new int[1 << 16] });

	private final String view;
	/** For each character value, its first place in the view plus one (0: absent), and its count. */
	private final int[] first, count;
	/** For each place, the next place of the same character plus one (0: none). */
	private final int[] next;

	ViewOccurrences(String view) {
		this.view = view;
		int[][] tables = TABLES.get();
		this.first = tables[0];
		this.count = tables[1];
		this.next = new int[view.length()];
		for (int i = view.length() - 1; i >= 0; i--) {
			char c = view.charAt(i);
			next[i] = first[c];
			first[c] = i + 1;
			count[c]++;
		}
	}

	/** Whether {@code s} (non-empty) occurs in the view. */
	boolean contains(String s) {
		int rarest = 0;
		for (int k = 0; k < s.length(); k++) {
			int n = count[s.charAt(k)];
			if (n == 0) {
				return false;
			}
			if (n < count[s.charAt(rarest)]) {
				rarest = k;
			}
		}
		for (int at = first[s.charAt(rarest)]; at != 0; at = next[at - 1]) {
			int start = at - 1 - rarest;
			if (start >= 0 && view.regionMatches(start, s, 0, s.length())) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void close() {
		for (int i = 0; i < view.length(); i++) {
			char c = view.charAt(i);
			first[c] = 0;
			count[c] = 0;
		}
	}
}
