package org.nianbao.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.formatting2.SourceFormatter;

/** Inputs the fuzzers shrank failures to, kept as plain regression tests. */
class FormatterEdgeCasesTest {

	@ParameterizedTest
	@ValueSource(strings = { "", " ", "\n\n", "\u3000\n", "// 只有注释\n", "/* 块注释 */", "// a\n// b" })
	void filesWithoutElementsFormatWithoutLosingText(String text) {
		XtextResource r = Fuzz.parse(text);
		assertTrue(r.getErrors().isEmpty(), () -> r.getErrors().toString());
		String formatted = Fuzz.injector().getInstance(SourceFormatter.class).format(r);
		assertEquals(Fuzz.tokens(r), Fuzz.tokens(Fuzz.parse(formatted)));
	}

	/**
	 * A row whose cells go on after a comment line (a mutated import dropped the next row's key):
	 * the comment keeps its own line and the cells after it start the next, on every pass. The first
	 * pass used to pull the comment up behind the row's seventh cell, two spaces from it, and the
	 * second moved it to one.
	 */
	@org.junit.jupiter.api.Test
	void aCommentBetweenTheCellsOfARowKeepsItsLineAndFormattingTwiceChangesNothing() {
		String text = """
				report 测试2024 : 政府信息公开年报2021 {
				  section 依申请公开 {
				    table 申请 {
				      新收 1 0 0 0 0 0 1
				      // @原文 1:2:3
				      0 0 0 0 0 0 0
				    }
				  }
				}
				""";
		XtextResource r = Fuzz.parse(text);
		SourceFormatter formatter = Fuzz.injector().getInstance(SourceFormatter.class);
		String once = formatter.format(r);
		String twice = formatter.format(Fuzz.parse(once));
		assertEquals(once, twice);
		assertTrue(once.contains("\n      // @原文 1:2:3\n      0  0  0  0  0  0  0\n"), once);
		assertEquals(Fuzz.tokens(r), Fuzz.tokens(Fuzz.parse(once)));
	}
}
