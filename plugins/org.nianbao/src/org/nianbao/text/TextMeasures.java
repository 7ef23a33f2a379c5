package org.nianbao.text;

import java.util.HashMap;
import java.util.Map;

/** Measures of narrative text used by the section constraints of a template. */
public final class TextMeasures {
	private TextMeasures() {
	}

	/** Characters as the formats count 字: everything but white space. */
	public static int characters(String text) {
		return text == null ? 0 : text.replaceAll("[\\s\\u3000]", "").length();
	}

	/**
	 * Dice coefficient of the character bigrams (as multisets) of both texts, without white space
	 * and punctuation: 1 for the same words, insensitive to reflowed lines.
	 */
	public static double similarity(String a, String b) {
		Map<String, Integer> x = bigrams(a), y = bigrams(b);
		int total = 0, common = 0;
		for (int c : x.values()) {
			total += c;
		}
		for (int c : y.values()) {
			total += c;
		}
		for (Map.Entry<String, Integer> e : x.entrySet()) {
			common += Math.min(e.getValue(), y.getOrDefault(e.getKey(), 0));
		}
		return total == 0 ? 0 : 2.0 * common / total;
	}

	private static Map<String, Integer> bigrams(String s) {
		String t = s.replaceAll("[\\s\\p{P}\\p{S}\\u3000]", "");
		Map<String, Integer> m = new HashMap<>();
		for (int i = 0; i + 1 < t.length(); i++) {
			m.merge(t.substring(i, i + 2), 1, Integer::sum);
		}
		return m;
	}
}
