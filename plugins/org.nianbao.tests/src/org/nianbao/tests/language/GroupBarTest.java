package org.nianbao.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.formatting2.SourceFormatter;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.tests.Reports;
import org.nianbao.validation.IssueCodes;

import com.google.inject.Inject;

/** `|` between the column groups of a row: allowed between groups, a located NB212 inside one. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class GroupBarTest {

	@Inject
	private Snippets snippets;

	@Inject
	private SourceFormatter formatter;

	private static final String ROW = "件数  2 0 0 0 2  0 0 0 0 0  0 0 0 0 0";

	@Test
	void barsBetweenTheGroupsChangeNothing() {
		for (String bars : List.of("件数  2 0 0 0 2 | 0 0 0 0 0 | 0 0 0 0 0", "件数  2 0 0 0 2 ｜ 0 0 0 0 0  0 0 0 0 0")) {
			List<Issue> issues = snippets.validate(Reports.gangkou().replace(ROW, bars));
			assertEquals(Snippets.codes(snippets.validate(Reports.gangkou())), Snippets.codes(issues), bars);
		}
	}

	@Test
	void aBarInsideAGroupIsAWarningOnTheBarNamingTheGroup() {
		String text = Reports.gangkou().replace(ROW, "件数  2 0 0 | 0 2 | 0 0 0 0 0  0 0 0 0 0");
		List<Issue> bars = snippets.validate(text).stream()
				.filter(i -> IssueCodes.GROUP_BAR_INSIDE_GROUP.equals(i.getCode())).toList();
		assertEquals(1, bars.size(), bars::toString);
		assertEquals(text.indexOf("0 0 | ") + 4, bars.get(0).getOffset());
		assertEquals(1, bars.get(0).getLength());
		assertEquals(List.of("3", "行政复议", "复议诉讼", "件数"), List.of(bars.get(0).getData()));
	}

	@Test
	void theFormatterKeepsTheBarsAndIsIdempotent() {
		String text = Reports.gangkou().replace(ROW, "件数  2 0 0 0 2|0 0 0 0 0   |  0 0 0 0 0");
		String once = formatter.format(snippets.parse(text));
		assertEquals(once, formatter.format(snippets.parse(once)));
		assertEquals(2, once.lines().filter(l -> l.contains("件数")).findFirst().orElseThrow().chars()
				.filter(c -> c == '|').count());
	}
}
