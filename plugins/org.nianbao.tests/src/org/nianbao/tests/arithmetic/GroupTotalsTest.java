package org.nianbao.tests.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.tests.Reports;
import org.nianbao.validation.Finding;

import com.google.inject.Inject;

/**
 * A row of group totals (`sum 其他处理`) stands for the group's rows: 总计 (七) is still checked
 * through it, its own row total is checked, and it agrees with the group's rows when both are written.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class GroupTotalsTest {

	@Inject
	Reports reports;

	@Inject
	IResourceValidator validator;

	/** gangkou's three rows of （六）其他处理 (all zero) replaced by one row of totals. */
	private static String withTotals(String cells) {
		String text = Reports.gangkou();
		String[] rows = { "逾期不补正", "逾期未缴费", "其他处理.其他" };
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n", -1)) {
			String key = line.strip().split("\\s+")[0];
			if (key.equals(rows[0])) {
				out.append("      sum 其他处理 ").append(cells).append('\n');
			} else if (!List.of(rows).contains(key)) {
				out.append(line).append('\n');
			}
		}
		return out.toString();
	}

	private List<Issue> validate(String text) {
		return validator.validate(reports.parse(text).eResource(), CheckMode.ALL, CancelIndicator.NullImpl);
	}

	private static List<String> errors(List<Issue> issues) {
		return issues.stream().filter(i -> i.getSeverity() == Severity.ERROR)
				.map(i -> i.getCode() + " " + String.join("|", i.getData())).collect(Collectors.toList());
	}

	@Test
	void consistentTotalsStandForTheGroupsRowsWithAStructureWarning() {
		List<Issue> issues = validate(withTotals("0 0 0 0 0 0 0"));
		assertEquals(List.of(), errors(issues));
		List<Issue> warnings = issues.stream().filter(i -> "NB213".equals(i.getCode())).toList();
		assertEquals(1, warnings.size(), issues.toString());
		assertEquals("申请", warnings.get(0).getData()[0]);
		assertEquals("（六）其他处理", warnings.get(0).getData()[2]);
		assertTrue(issues.stream().noneMatch(i -> "NB201".equals(i.getCode())), "the group's rows are not missing");
	}

	@Test
	void aWrongGroupTotalBreaksTheGrandTotalOfItsColumn() {
		// 1 more 自然人 in （六）: 总计（七） should be 24 in 自然人 and 26 in 总计, the report says 23 and 25
		List<Issue> issues = validate(withTotals("1 0 0 0 0 0 1"));
		List<Issue> errors = issues.stream().filter(i -> i.getSeverity() == Severity.ERROR).toList();
		assertEquals(2, errors.size(), errors(issues).toString());
		for (Issue e : errors) {
			assertEquals("NB101", e.getCode());
			assertEquals("办理结果.总计", e.getData()[Finding.DATA_ROW]);
		}
		assertEquals(List.of("自然人:24:23", "总计:26:25"), errors.stream()
				.map(e -> e.getData()[Finding.DATA_COLUMN] + ":" + e.getData()[Finding.DATA_EXPECTED] + ":"
						+ e.getData()[Finding.DATA_ACTUAL]).toList());
	}

	@Test
	void theRowOfTotalsHoldsItsOwnRowTotal() {
		// 自然人 1 but 总计 0: the row's own total is wrong (NB109 on its 总计 cell), and 总计（七）/自然人 too
		List<Issue> issues = validate(withTotals("1 0 0 0 0 0 0"));
		List<Issue> own = issues.stream().filter(i -> "NB109".equals(i.getCode())).toList();
		assertEquals(1, own.size(), errors(issues).toString());
		assertEquals("1", own.get(0).getData()[Finding.DATA_EXPECTED]);
		assertEquals("0", own.get(0).getData()[Finding.DATA_ACTUAL]);
		assertEquals("办理结果.其他处理", own.get(0).getData()[Finding.DATA_ROW]);
		assertEquals("总计", own.get(0).getData()[Finding.DATA_COLUMN]);
		assertTrue(own.get(0).getMessage().contains("其他处理/总计"), own.get(0).getMessage());
	}

	@Test
	void aRowOfTotalsBesideTheGroupsRowsMustEqualTheirSum() {
		String text = Reports.gangkou().replace("      总计            23 2 0 0 0 0 25",
				"      sum 其他处理 \"（六）其他处理\" 0 1 0 0 0 0 1\n      总计            23 2 0 0 0 0 25");
		List<Issue> issues = validate(text);
		List<Issue> sum = issues.stream().filter(i -> "NB109".equals(i.getCode())).toList();
		assertEquals(List.of("法人.商业企业:0:1", "总计:0:1"), sum.stream().map(e -> e.getData()[Finding.DATA_COLUMN] + ":"
				+ e.getData()[Finding.DATA_EXPECTED] + ":" + e.getData()[Finding.DATA_ACTUAL]).toList());
		assertTrue(issues.stream().noneMatch(i -> "NB213".equals(i.getCode())), "the rows are published too");
		assertEquals(2, errors(issues).size(), errors(issues).toString());
	}

	@Test
	void theChineseKeywordWritesTheSameRow() {
		assertEquals(List.of(), errors(validate(withTotals("0 0 0 0 0 0 0").replace("sum 其他处理", "合计 其他处理"))));
	}
}
