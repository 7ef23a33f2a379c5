package org.nianbao.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.TableDef;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.validation.IssueCodes;

import com.google.inject.Inject;

/** Keywords name rows and columns (上年, 年度, row, column, 合计, 行), in templates and in the reports' keys. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class KeywordNamesTest {

	@Inject
	private Snippets snippets;

	private static final String ROWS = "上年 \"上年\"  年度 \"年度\"  row \"row\"  column \"column\"  行 \"行\"  "
			+ "合计 \"合计\" = 上年 + 年度 + row + column + 行";

	@Test
	void keywordsNameRowsAndTheReportsKeysFindThem() {
		String text = Snippets.templateWithRows(ROWS, "rule 规则 per row: 合 == 甲 + 乙") + """
				report 报 : 模 {
				  section 节 {
				    table 表一 {
				      上年    1 1 2
				      年度    1 1 2
				      row     1 1 2
				      column  1 1 2
				      行      1 1 2
				      合计    5 5 10
				    }
				  }
				}
				""";
		XtextResource r = snippets.parse(text);
		assertEquals(List.of(), r.getErrors());
		TableDef table = Snippets.template(r).getSections().get(0).getTables().get(0);
		assertEquals(List.of("上年", "年度", "row", "column", "行", "合计"),
				Tables.rowLeaves(table).stream().map(Leaf::getName).toList());
		List<Issue> issues = snippets.validate(text);
		assertEquals(List.of(), issues);
		// the formula 合计 = 上年 + … is checked: a wrong total is found on it
		issues = snippets.validate(text.replace("合计    5 5 10", "合计    5 6 11"));
		assertEquals(List.of(IssueCodes.RELATION_MISMATCH, IssueCodes.RELATION_MISMATCH), Snippets.codes(issues),
				issues::toString);
	}

	@Test
	void theCellKeywordAutoCannotNameARow() {
		List<Issue> issues = snippets.validate(Snippets.templateWithRows("自动 \"自动\"", ""));
		assertEquals(IssueCodes.SYNTAX, issues.get(0).getCode(), issues::toString);
		assertEquals(Snippets.templateWithRows("自动 \"自动\"", "").indexOf("自动"), issues.get(0).getOffset());
	}
}
