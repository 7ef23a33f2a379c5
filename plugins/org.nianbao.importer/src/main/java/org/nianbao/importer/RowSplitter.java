package org.nianbao.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The ways a run of digits can be cut into a given number of counts: every count is written without
 * leading zeros (a lone "0" is fine), as any publication writes numbers.
 */
public final class RowSplitter {
	private RowSplitter() {
	}

	/** Thrown when there are more candidate splits than the limit: too many to call any one unique. */
	public static final class TooManySplits extends Exception {
		private static final long serialVersionUID = 1L;
	}

	public static List<List<BigDecimal>> splits(String digits, int parts, int limit) throws TooManySplits {
		List<List<BigDecimal>> result = new ArrayList<>();
		List<BigDecimal> acc = new ArrayList<>();
		forEachSplit(digits, parts, acc, () -> {
			result.add(new ArrayList<>(acc));
			if (result.size() > limit) {
				throw new TooManySplits();
			}
		});
		return result;
	}

	/** What is done with each cut; it may end the walk by throwing. */
	interface EachCut<E extends Exception> {
		void cut() throws E;
	}

	/**
	 * Walks the cuts of {@code digits} into {@code parts} counts, in the order {@link #splits} lists them:
	 * for each, the counts are appended to {@code acc} while {@code each} runs, and removed after it.
	 * The importer walks them so, without making lists.
	 */
	static <E extends Exception> void forEachSplit(String digits, int parts, List<BigDecimal> acc, EachCut<E> each) throws E {
		if (parts > 0 && digits.length() >= parts) {
			walk(digits, 0, parts, acc, each);
		}
	}

	private static <E extends Exception> void walk(String d, int from, int parts, List<BigDecimal> acc, EachCut<E> each)
			throws E {
		if (parts == 1) {
			if (isOneCount(d, from)) {
				acc.add(count(d, from, d.length()));
				each.cut();
				acc.remove(acc.size() - 1);
			}
			return;
		}
		for (int len = 1; len <= longestFirst(d, from, parts); len++) {
			acc.add(count(d, from, from + len));
			walk(d, from + len, parts - 1, acc, each);
			acc.remove(acc.size() - 1);
		}
	}

	/** Whether {@code d} from {@code from} on is one count: no leading zero, but a lone "0". */
	private static boolean isOneCount(String d, int from) {
		return d.length() - from == 1 || d.charAt(from) != '0';
	}

	/** The longest first count of a cut from {@code from} on: a count beginning with 0 is exactly "0", and each later one keeps a digit. */
	private static int longestFirst(String d, int from, int parts) {
		return d.charAt(from) == '0' ? 1 : d.length() - from - (parts - 1);
	}

	/**
	 * How many ways {@link #splits} has, without making them (saturating at {@link Long#MAX_VALUE}):
	 * the importer walks the cuts itself and needs only to know whether there are too many.
	 */
	static long countSplits(String d, int parts) {
		if (parts <= 0 || d.length() < parts) {
			return 0;
		}
		int n = d.length();
		// ways[p][i]: cuts of d[i..] into p counts
		long[][] ways = new long[parts + 1][n + 1];
		for (int i = 0; i < n; i++) {
			ways[1][i] = isOneCount(d, i) ? 1 : 0;
		}
		for (int p = 2; p <= parts; p++) {
			for (int i = 0; i < n; i++) {
				long sum = 0;
				for (int len = 1; len <= longestFirst(d, i, p); len++) {
					sum += ways[p - 1][i + len];
					if (sum < 0) {
						sum = Long.MAX_VALUE;
						break;
					}
				}
				ways[p][i] = sum;
			}
		}
		return ways[parts][0];
	}

	/** Counts up to 18 digits are read as a long (most are short and repeat: cached below 1,000). */
	static BigDecimal count(String d, int from, int to) {
		if (to - from > 18) {
			return new BigDecimal(d.substring(from, to));
		}
		long v = 0;
		for (int k = from; k < to; k++) {
			v = v * 10 + Stream.digit(d.charAt(k)); // full-width digits too, as BigDecimal(String) reads them
		}
		return v < SMALL.length ? SMALL[(int) v] : BigDecimal.valueOf(v);
	}

	private static final BigDecimal[] SMALL = new BigDecimal[1000];
	static {
		for (int i = 0; i < SMALL.length; i++) {
			SMALL[i] = BigDecimal.valueOf(i);
		}
	}
}
