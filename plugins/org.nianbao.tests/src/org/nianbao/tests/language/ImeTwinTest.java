package org.nianbao.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.formatting2.SourceFormatter;
import org.nianbao.tests.Fixtures;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.tests.Reports;
import org.nianbao.tests.TestModels;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A report typed with a Chinese input method — Chinese keywords, full-width punctuation, digits
 * and quotes — is the same report as its ASCII twin: the same findings on the same tokens.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class ImeTwinTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	@Inject
	private SourceFormatter formatter;

	/** The example with faults planted: a wrong component (NB102) and a negative count (NB105). */
	private static String faulty() {
		String text = Reports.plant(Reports.gangkou(), "新收", 0, "25");
		text = Reports.plant(text, "上年结转", 1, "-3");
		return text;
	}

	private List<Issue> validate(String name, String text) {
		XtextResource r = TestModels.parse(resourceSets.get(), name, text);
		return validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	private static String describe(Issue i, int offset, int length) {
		return i.getCode() + "@" + offset + "+" + length + " " + Arrays.toString(i.getData());
	}

	@Test
	void theTwinHasTheSameFindingsOnTheSameTokens() {
		String original = faulty();
		ImeTwin twin = ImeTwin.of(original);
		assertTrue(twin.text.contains("报告") && twin.text.contains("章节") && twin.text.contains("｛")
				&& twin.text.contains("２４") && twin.text.contains("“") && !twin.text.contains("section"), twin.text);

		List<Issue> ascii = validate("ascii.nianbao", original);
		List<Issue> ime = validate("ime.nianbao", twin.text);
		List<String> expected = ascii.stream().map(i -> describe(i, twin.at(i.getOffset()),
				twin.at(i.getOffset() + i.getLength()) - twin.at(i.getOffset()))).toList();
		List<String> actual = ime.stream().map(i -> describe(i, i.getOffset(), i.getLength())).toList();
		assertTrue(ascii.stream().anyMatch(i -> "NB102".equals(i.getCode())), expected::toString);
		assertTrue(ascii.stream().anyMatch(i -> "NB105".equals(i.getCode())), expected::toString);
		assertFalse(ascii.stream().anyMatch(i -> i.getCode().startsWith("NB00")), expected::toString);
		assertEquals(expected, actual);
	}

	@Test
	void theFormatterKeepsChineseKeywordsAndFullWidthPunctuationAndIsIdempotent() {
		ImeTwin twin = ImeTwin.of(Reports.gangkou());
		String once = formatter.format(TestModels.parse(resourceSets.get(), "f1.nianbao", twin.text));
		String twice = formatter.format(TestModels.parse(resourceSets.get(), "f2.nianbao", once));
		assertEquals(once, twice);
		// what the user wrote stays: no English keyword, no ASCII brace comes back
		assertEquals(List.of(), once.lines().map(String::strip)
				.filter(l -> l.startsWith("section") || l.startsWith("table") || l.endsWith(" {")).toList());
		assertTrue(once.contains("章节 总体情况 ｛"), once);
		// and the layout is the ASCII text's, token for token
		String ascii = formatter.format(TestModels.parse(resourceSets.get(), "f3.nianbao", Reports.gangkou()));
		assertEquals(ImeTwin.of(ascii).text.lines().count(), once.lines().count());
	}

	@Test
	void theTemplatesReadTheSameInChinese() {
		String original = Fixtures.read(Fixtures.example("window-stats.nianbao"));
		ImeTwin twin = ImeTwin.of(original.replace("审批类     70", "审批类     71"));
		List<Issue> ime = validate("w.nianbao", twin.text);
		assertTrue(twin.text.contains("模板 窗口办件统计") && twin.text.contains("规则 平衡") && twin.text.contains("合计（办结）")
				&& twin.text.contains("按 列："), twin.text);
		assertEquals(List.of("NB101"), ime.stream().map(Issue::getCode).distinct().toList(), ime::toString);
	}
}
