package org.nianbao.generator.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SheetNamesTest {

	@Test
	void forbiddenCharactersBecomeUnderscoresAndTheNameFitsExcelsLimit() {
		SheetNames names = new SheetNames();
		assertEquals("a_b_c_d_e_f_g_", names.next("a:b\\c/d?e*f[g]", "x"));
		String longCaption = "政府信息公开行政复议、行政诉讼情况".repeat(3);
		String name = names.next(longCaption, "x");
		assertEquals(31, name.length());
		assertEquals(longCaption.substring(0, 31), name);
	}

	@Test
	void namesAreUniqueIgnoringCaseAndKeepWithinTheLimitWithTheirCounter() {
		SheetNames names = new SheetNames();
		assertEquals("申请", names.next("申请", "x"));
		assertEquals("申请(2)", names.next("申请", "x"));
		assertEquals("申请(3)", names.next("申请", "x"));
		assertEquals("Table", names.next("Table", "x"));
		assertEquals("TABLE(2)", names.next("TABLE", "x"));
		String full = "甲".repeat(31);
		assertEquals(full, names.next(full, "x"));
		assertEquals("甲".repeat(28) + "(2)", names.next(full, "x"));
	}

	@Test
	void apostrophesAtTheEndsEmptyCaptionsAndTheReservedNameAreAvoided() {
		SheetNames names = new SheetNames();
		assertEquals("办件", names.next("'办件'", "x"));
		assertEquals("规章文件", names.next("  ", "规章文件"));
		assertEquals("Sheet", names.next(null, ""));
		assertEquals("History_", names.next("History", "x"));
		// a surrogate pair is never cut in half
		String emoji = "表".repeat(30) + "\uD83D\uDCCA";
		assertEquals("表".repeat(30), names.next(emoji, "x"));
	}
}
