package org.nianbao.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nianbao.importer.ImportedReport.Cell;

/**
 * The character-by-character readers of numbers and numberings ({@link Cells#parse}, {@link Cells#isCell},
 * {@link Labels#numbering}, {@link Labels#core}) read exactly what the patterns they replaced read:
 * the patterns are kept here as the specification, and both are asked about strings made of the
 * characters that matter (digits, signs, separators, marks, numerals, units, brackets, letters).
 */
class CellsAsPatternsTest {
	private static final Pattern NUMBER = Pattern
			.compile("^([+\\-−－]?)(\\d{1,3}(?:[,，]\\d{3})+|\\d+)(?:[.．](\\d+))?(.*)$", Pattern.DOTALL);
	private static final Pattern UNIT = Pattern.compile("^(万元|元|亿元|件|个|条|次|项|宗|人次|家|份|%|％|万)$");
	private static final Pattern NUMBERING = Pattern.compile(
			"^(?:[一二三四五六七八九十]+[、.．]|（[一二三四五六七八九十]+）|\\d+[.．、]|第[一二三四五六七八九十]+(?:部分|部|章)?[、.．]?)");

	private static final String[] PIECES = { "0", "1", "2", "3", "4", "5", "7", "9", "12", "345", "1000", "，", ",", ".", "．",
			"、", "-", "－", "−", "+", " ", "\n", "万元", "件", "人次", "%", "(", "（", ")", "）", "年", "月", "日", "一", "二", "十",
			"第", "部分", "章", "属于", "废止", "a", "２", "９" };

	@Test
	void numbersReadAsThePatternReadThem() {
		Random random = new Random(20261202);
		int numbers = 0;
		for (int n = 0; n < 200_000; n++) {
			String text = draw(random);
			Cell expected = patternParse(text);
			assertEquals(expected, Cells.parse(text), text);
			assertEquals(patternIsCell(text), Cells.isCell(text), text);
			if (expected != null && expected.value() != null) {
				numbers++;
			}
		}
		assertTrue(numbers > 20_000, "too few numbers drawn to compare: " + numbers);
	}

	@Test
	void numberingsReadAsThePatternReadThem() {
		Random random = new Random(1202);
		int numbered = 0;
		for (int n = 0; n < 200_000; n++) {
			String text = draw(random);
			String normal = Labels.normalize(text);
			Matcher m = NUMBERING.matcher(normal);
			boolean found = m.find();
			assertEquals(found ? normal.substring(0, m.end()) : "", Labels.numbering(text), text);
			assertEquals(found ? normal.substring(m.end()) : normal, Labels.core(text), text);
			if (found) {
				numbered++;
			}
		}
		assertTrue(numbered > 4_000, "too few numberings drawn to compare: " + numbered);
	}

	@Test
	void aPartNumberingEndsAfterItsWholeWord() {
		assertEquals("第一部分", Labels.numbering("第一部分 总体情况"));
		assertEquals("总体情况", Labels.core("第一部分 总体情况"));
		assertEquals("第二章、", Labels.numbering("第二章、主动公开"));
		assertEquals("主动公开", Labels.core("第三部分主动公开"));
	}

	private static String draw(Random random) {
		StringBuilder sb = new StringBuilder();
		int pieces = 1 + random.nextInt(6);
		for (int i = 0; i < pieces; i++) {
			sb.append(PIECES[random.nextInt(PIECES.length)]);
		}
		return sb.toString();
	}

	/** {@link Cells#parse} as it read cells with the pattern. */
	private static Cell patternParse(String raw) {
		String text = Cells.halfWidthDigits(raw);
		if (text.isEmpty()) {
			return Cell.blank(null);
		}
		if (Cells.BLANK.contains(text)) {
			return Cell.blank(text.equals("-") ? null : text);
		}
		Matcher m = patternNumber(text);
		if (m == null) {
			return null;
		}
		String sign = m.group(1).isEmpty() ? "" : "-";
		String integer = m.group(2).replaceAll("[,，]", "");
		String fraction = m.group(3);
		BigDecimal value = new BigDecimal(sign + integer + (fraction == null ? "" : "." + fraction));
		String rest = m.group(4).strip();
		String note = null;
		if (!rest.isEmpty()) {
			note = UNIT.matcher(rest).matches() ? text : Cells.unbracket(rest);
		} else if (!m.group(2).equals(integer) || !m.group(1).isEmpty() && !m.group(1).equals("-")) {
			note = text;
		}
		return new Cell(value, note);
	}

	private static boolean patternIsCell(String raw) {
		String text = Cells.halfWidthDigits(raw);
		return text.isEmpty() || Cells.BLANK.contains(text) || patternNumber(text) != null;
	}

	private static Matcher patternNumber(String text) {
		Matcher m = NUMBER.matcher(text);
		if (!m.matches()) {
			return null;
		}
		String rest = m.group(4).strip();
		if (rest.startsWith(".") || rest.startsWith("．") || rest.startsWith("、") || rest.length() > 60 || rest.startsWith("年")
				|| rest.startsWith("月") || rest.startsWith("日")) {
			return null;
		}
		if (m.group(3) == null && (text.contains(".") || text.contains("．")) && rest.isEmpty()) {
			return null;
		}
		return m;
	}
}
