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
}
