package org.nianbao.tests.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.nianbao.arithmetic.ChineseNumerals;

class ChineseNumeralsTest {

	private static void assertCount(long expected, String text) {
		assertEquals(BigDecimal.valueOf(expected), ChineseNumerals.parse(text), text);
	}

	@Test
	void chineseNumeralsAreRead() {
		assertCount(10, "十");
		assertCount(12, "十二");
		assertCount(27, "二十七");
		assertCount(103, "一百零三");
		assertCount(2005, "两千零五");
		assertCount(12000, "一万二千");
		assertCount(12000, "一万二");
		assertCount(2, "两");
		assertCount(0, "零");
		assertCount(110, "一百一十");
		assertCount(103, "一〇三");
	}

	@Test
	void arabicWithAndWithoutThousandsSeparators() {
		assertCount(1203, "1,203");
		assertCount(1203, "1203");
		assertCount(1234567, "1,234,567");
	}

	@Test
	void whatIsNoNumberIsNull() {
		assertNull(ChineseNumerals.parse("十百"));
		assertNull(ChineseNumerals.parse("二三十"));
		assertNull(ChineseNumerals.parse("1,20"));
		assertNull(ChineseNumerals.parse("万"));
		assertNull(ChineseNumerals.parse(""));
		assertNull(ChineseNumerals.parse("件"));
	}
}
