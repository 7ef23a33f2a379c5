package org.nianbao.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.nianbao.Binary;
import org.nianbao.nianbao.BlankCell;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.NumberCell;
import org.nianbao.nianbao.NumberLiteral;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.TableData;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.validation.IssueCodes;

import com.google.inject.Inject;

/** `a -1` in a formula subtracts; in a cell `-` is a blank and `-18` a number. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class MinusTest {

	@Inject
	private Snippets snippets;

	private static String withFormula(String formula, String cells) {
		// no column total: a constant in a row formula applies in every column, which no sum satisfies
		return Snippets.templateWithRows("甲行 \"甲\"  乙行 \"乙\"  差 \"差\" = " + formula, "")
				.replace("合 \"合\" = 甲 + 乙", "合 \"合\"") + """
				report 报 : 模 {
				  section 节 {
				    table 表一 {
				      甲行 10 5 15
				      乙行  2 1 3
				      差   %s
				    }
				  }
				}
				""".formatted(cells);
	}

	@Test
	void aNegativeNumberAfterAnOperandSubtracts() {
		for (String formula : List.of("甲行 - 乙行 -1", "甲行 - 乙行 - 1", "甲行-乙行-1", "甲行 + -1 - 乙行")) {
			String text = withFormula(formula, "7 3 11");
			List<Issue> issues = snippets.validate(text);
			assertEquals(List.of(), issues, formula);
			// and one off is found
			issues = snippets.validate(withFormula(formula, "8 3 11"));
			assertEquals(List.of(IssueCodes.RELATION_MISMATCH), Snippets.codes(issues).stream().distinct().toList(), formula);
		}
		XtextResource r = snippets.parse(withFormula("甲行 -1", "9 4 13"));
		Leaf diff = (Leaf) ((org.nianbao.nianbao.RowTree) Snippets.template(r).getSections().get(0).getTables().get(0)
				.getRows()).getNodes().get(2);
		Binary b = (Binary) diff.getFormula();
		assertNull(b.getOp());
		assertEquals(new BigDecimal("-1"), ((NumberLiteral) b.getRight()).getValue());
	}

	@Test
	void twoOperandsWithoutOperatorAreASyntaxError() {
		String text = withFormula("甲行 1", "7 3 11");
		List<Issue> issues = snippets.validate(text);
		assertEquals(List.of(IssueCodes.SYNTAX), Snippets.codes(issues), issues::toString);
		assertEquals(text.indexOf("甲行 1") + 3, issues.get(0).getOffset());
	}

	@Test
	void inCellsADashIsABlankAndADashedNumberANegativeNumber() {
		XtextResource r = snippets.parse(withFormula("甲行 - 乙行", "- -18 - 18"));
		assertEquals(List.of(), r.getErrors());
		RowData row = ((TableData) Snippets.report(r).getSections().get(0).getContents().get(0)).getRows().get(2);
		assertInstanceOf(BlankCell.class, row.getCells().get(0));
		assertEquals(new BigDecimal("-18"), ((NumberCell) row.getCells().get(1)).getValue());
		assertInstanceOf(BlankCell.class, row.getCells().get(2));
		assertEquals(new BigDecimal("18"), ((NumberCell) row.getCells().get(3)).getValue());
	}
}
