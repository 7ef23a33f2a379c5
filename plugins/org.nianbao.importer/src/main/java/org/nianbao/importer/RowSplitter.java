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
		if (parts <= 0 || digits.length() < parts) {
			return result;
		}
		split(digits, 0, parts, new ArrayList<>(), result, limit);
		return result;
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
			ways[1][i] = n - i == 1 || d.charAt(i) != '0' ? 1 : 0;
		}
		for (int p = 2; p <= parts; p++) {
			for (int i = 0; i < n; i++) {
				int rest = n - i;
				int maxLen = d.charAt(i) == '0' ? 1 : rest - (p - 1);
				long sum = 0;
				for (int len = 1; len <= maxLen; len++) {
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

	private static void split(String d, int from, int parts, List<BigDecimal> acc, List<List<BigDecimal>> out, int limit)
			throws TooManySplits {
		int rest = d.length() - from;
		if (parts == 1) {
			if (rest == 1 || d.charAt(from) != '0') {
				List<BigDecimal> done = new ArrayList<>(acc);
				done.add(count(d, from, d.length()));
				out.add(done);
				if (out.size() > limit) {
					throw new TooManySplits();
				}
			}
			return;
		}
		// A part beginning with 0 is exactly "0"; otherwise leave at least one digit per later part.
		int maxLen = d.charAt(from) == '0' ? 1 : rest - (parts - 1);
		for (int len = 1; len <= maxLen; len++) {
			acc.add(count(d, from, from + len));
			split(d, from + len, parts - 1, acc, out, limit);
			acc.remove(acc.size() - 1);
		}
	}
}
