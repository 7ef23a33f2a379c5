package org.nianbao.tests.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.library.Library;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.Template;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.tests.TestModels;
import org.nianbao.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Provider;

@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class LibraryTemplatesTest {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	private Template load(String file) {
		XtextResourceSet rs = resourceSets.get();
		XtextResource r = (XtextResource) rs.getResource(Library.uri(file), true);
		assertTrue(r.getErrors().isEmpty(), () -> r.getErrors().toString());
		EcoreUtil.resolveAll(r);
		List<Issue> issues = validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
		assertTrue(issues.stream().noneMatch(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR),
				issues::toString);
		return (Template) ((NianbaoFile) r.getContents().get(0)).getElements().get(0);
	}

	@ParameterizedTest
	@ValueSource(strings = { Library.GOV_2021, Library.GOV_2019 })
	void nationalTemplatesLoadFromTheClasspathWithSixSectionsInOrder(String file) {
		Template t = load(file);
		assertEquals(List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
				"五、存在的主要问题及改进情况", "六、其他需要报告的事项"), t.getSections().stream().map(s -> s.getHeading()).toList());
	}

	@Test
	void matrix2021HasSevenColumnsAndTwentyFiveRowsWithOfficialLabels() {
		TableDef matrix = Tables.findTable(load(Library.GOV_2021), "申请");
		List<Leaf> columns = Tables.columnLeaves(matrix);
		List<Leaf> rows = Tables.rowLeaves(matrix);
		assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
				columns.stream().map(Leaf::getLabel).toList());
		assertEquals(25, rows.size());
		assertEquals("一、本年新收政府信息公开申请数量", rows.get(0).getLabel());
		assertEquals("（七）总计", rows.get(23).getLabel());
		assertEquals("四、结转下年度继续办理", rows.get(24).getLabel());
		assertEquals("3.危及“三安全一稳定”", rows.stream().filter(r -> r.getName().equals("三安全一稳定")).findFirst().get().getLabel());
		assertTrue(Tables.isDerived(columns.get(6)));
		assertTrue(Tables.isDerived(rows.get(23)));
		assertEquals(1, matrix.getRules().size());
	}

	@Test
	void matrix2019HasASingleOtherHandlingRowAndItemNine() {
		Template t = load(Library.GOV_2019);
		// The official 2019 text has 19 result rows (（六）其他处理 is one row), so 23 number rows in all;
		// DESIGN.md's "24" miscounts.
		List<Leaf> rows = Tables.rowLeaves(Tables.findTable(t, "申请"));
		assertEquals(23, rows.size());
		assertEquals("（六）其他处理", rows.get(20).getLabel());
		TableDef procurement = Tables.findTable(t, "集中采购");
		assertEquals("第二十条第（九）项", procurement.getCaption());
		assertTrue(Tables.columnLeaves(Tables.findTable(t, "行政许可")).get(1).isSigned());
	}

	@Test
	void reviewAndLitigationColumnsAreNestedGroupsWithThreeTotals() {
		TableDef t = Tables.findTable(load(Library.GOV_2021), "复议诉讼");
		List<Leaf> columns = Tables.columnLeaves(t);
		assertEquals(15, columns.size());
		assertEquals(List.of("行政复议", "总计"), Tables.path(columns.get(4)));
		assertEquals(List.of("行政诉讼", "复议后起诉", "总计"), Tables.path(columns.get(14)));
		assertEquals(3, columns.stream().filter(Tables::isDerived).count());
	}

	@Test
	void aReportNamingAMissingTemplateRowOrColumnGetsLocatedLinkingErrors() {
		String text = String.join("\n", "report 甲 : 政府信息公开年报2021 {", "  section 依申请公开 {", "    table 申请 {",
				"      新收x 1 0 0 0 0 0 1", "    }", "  }", "}", "report 乙 : 不存在的模板 {", "}", "");
		XtextResource r = TestModels.parse(resourceSets.get(), "bad.nianbao", text);
		List<Issue> issues = validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
		Issue row = issues.stream().filter(i -> i.getMessage().contains("新收x")).findFirst().orElseThrow();
		assertEquals(IssueCodes.UNRESOLVED_REFERENCE, row.getCode());
		assertEquals(4, row.getLineNumber());
		assertEquals(7, row.getColumn());
		Issue template = issues.stream().filter(i -> i.getMessage().contains("不存在的模板")).findFirst().orElseThrow();
		assertEquals(8, template.getLineNumber());
		assertTrue(template.getMessage().startsWith("找不到模板"), template.getMessage());
	}

	@Test
	void rowsResolveByUniqueSuffixOrFullPath() {
		String text = String.join("\n", "report 甲 : 政府信息公开年报2021 {", "  section 依申请公开 {", "    table 申请 {",
				"      其他 0 0 0 0 0 0 0", "      办理结果.其他处理.其他 0 0 0 0 0 0 0", "    }", "  }", "}", "");
		XtextResource r = TestModels.parse(resourceSets.get(), "paths.nianbao", text);
		EcoreUtil.resolveAll(r);
		assertTrue(r.getErrors().isEmpty(), () -> r.getErrors().toString());
		Report report = (Report) ((NianbaoFile) r.getContents().get(0)).getElements().get(0);
		var rows = ((org.nianbao.nianbao.TableData) report.getSections().get(0).getContents().get(0)).getRows();
		assertFalse(rows.get(0).getRow().eIsProxy());
		assertEquals(rows.get(0).getRow(), rows.get(1).getRow());
		assertEquals("3.其他", rows.get(0).getRow().getLabel());
	}
}
