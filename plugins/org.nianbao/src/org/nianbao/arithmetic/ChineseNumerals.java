package org.nianbao.arithmetic;

import java.math.BigDecimal;

/**
 * Counts as the narrative writes them: Arabic digits, with or without thousands separators
 * ({@code 1,203}), and Chinese numerals ({@code 十二}, {@code 二十七}, {@code 一百零三},
 * {@code 两千零五}, {@code 一万二千}, {@code 一〇三}).
 */
public final class ChineseNumerals {

	/** The characters of a Chinese numeral. */
	public static final String CHARACTERS = "零〇一二两三四五六七八九十百千万亿";

	/** A count in any of the forms, for a regular expression (no groups). */
	public static final String REGEX = "\\d{1,3}(?:,\\d{3})+|\\d+|[" + CHARACTERS + "]+";

	private ChineseNumerals() {
	}

	/** The count, or null when the text is no number of these forms. */
	public static BigDecimal parse(String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		if (text.matches("\\d{1,3}(?:,\\d{3})+|\\d+")) {
			return new BigDecimal(text.replace(",", ""));
		}
		Long value = chinese(text);
		return value == null ? null : BigDecimal.valueOf(value);
	}

	private static int digit(char c) {
		return switch (c) {
		case '零', '〇' -> 0;
		case '一' -> 1;
		case '二', '两' -> 2;
		case '三' -> 3;
		case '四' -> 4;
		case '五' -> 5;
		case '六' -> 6;
		case '七' -> 7;
		case '八' -> 8;
		case '九' -> 9;
		default -> -1;
		};
	}

	private static int unit(char c) {
		return switch (c) {
		case '十' -> 10;
		case '百' -> 100;
		case '千' -> 1000;
		default -> -1;
		};
	}

	private static Long chinese(String text) {
		// digits only (一〇三): positional
		if (text.chars().allMatch(c -> digit((char) c) >= 0)) {
			long v = 0;
			for (char c : text.toCharArray()) {
				v = v * 10 + digit(c);
			}
			return text.length() == 1 || text.charAt(0) != '零' && text.charAt(0) != '〇' ? v : null;
		}
		long total = 0; // completed 亿 and 万 sections
		long section = 0; // below 万
		int pending = -1; // a digit not yet multiplied
		int lastUnit = Integer.MAX_VALUE;
		for (char c : text.toCharArray()) {
			int d = digit(c);
			int u = unit(c);
			if (d >= 0) {
				if (pending >= 0 && d != 0) {
					return null; // two digits in a row: 二三十
				}
				pending = d == 0 ? -1 : d;
			} else if (u > 0) {
				if (u >= lastUnit) {
					return null; // 十百
				}
				section += (pending < 0 ? 1 : pending) * (long) u;
				pending = -1;
				lastUnit = u;
			} else if (c == '万' || c == '亿') {
				long big = c == '万' ? 10_000L : 100_000_000L;
				section += Math.max(pending, 0);
				if (section == 0 && total == 0) {
					return null;
				}
				total = c == '亿' ? (total + section) * big : total + section * big;
				section = 0;
				pending = -1;
				lastUnit = Integer.MAX_VALUE;
			} else {
				return null;
			}
		}
		if (pending >= 0) {
			// 一万二 = 12000, 一千二 = 1200: a trailing digit after a unit is one step below it
			if (lastUnit != Integer.MAX_VALUE && lastUnit > 10 && !text.contains("零")) {
				pending *= lastUnit / 10;
			} else if (lastUnit == Integer.MAX_VALUE && total > 0 && !text.contains("零")) {
				pending *= 1000;
			}
			section += pending;
		}
		return total + section;
	}
}
