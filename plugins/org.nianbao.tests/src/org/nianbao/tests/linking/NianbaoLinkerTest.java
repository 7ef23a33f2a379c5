package org.nianbao.tests.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.nianbao.validation.IssueCodes;
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
import org.nianbao.linking.NianbaoLinker;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.SectionData;
import org.nianbao.nianbao.TableData;
import org.nianbao.nianbao.Template;
import org.nianbao.tests.NianbaoInjectorProvider;
import org.nianbao.tests.TestModels;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The linker resolves a report's template, sections, tables and rows while linking (no proxy to
 * create and resolve later) and leaves a proxy, resolved lazily as Xtext does, whenever that
 * fails: linking errors stay one per unknown name, where the name is written.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class NianbaoLinkerTest {

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	private static final String REPORT = """
			report 甲2024 : 政府信息公开年报2021 {
			  年度 2024
			  section 主动公开 {
			    table 处罚强制 {
			      行政处罚  3
			      %s  2
			    }
			  }
			}
			""";

	private XtextResource parse(String text) {
		return TestModels.parse(resourceSets.get(), "r.nianbao", text);
	}

	private List<Issue> linkingIssues(XtextResource r) {
		return validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(i -> IssueCodes.UNRESOLVED_REFERENCE.equals(i.getCode())).toList();
	}

	private static Report report(XtextResource r) {
		return (Report) ((NianbaoFile) r.getContents().get(0)).getElements().stream()
				.filter(Report.class::isInstance).findFirst().orElseThrow();
	}

	@Test
	void knownNamesAreResolvedWhileLinkingNotLeftAsProxies() {
		XtextResource r = parse(REPORT.formatted("行政强制"));
		Report report = report(r);
		EObject template = (EObject) report.eGet(P.getReport_Template(), false);
		SectionData section = report.getSections().get(0);
		TableData table = (TableData) section.getContents().get(0);
		assertFalse(template.eIsProxy(), "template resolved while linking");
		assertFalse(((EObject) section.eGet(P.getSectionData_Section(), false)).eIsProxy());
		assertFalse(((EObject) table.eGet(P.getTableData_Table(), false)).eIsProxy());
		for (RowData row : table.getRows()) {
			assertFalse(((EObject) row.eGet(P.getRowData_Row(), false)).eIsProxy());
		}
		assertEquals("行政强制", table.getRows().get(1).getRow().getName());
		assertTrue(NianbaoLinker.hasNoLazyProxies(r), "validation may skip resolving proxies");
		assertSame(table.getTable(), table.getRows().get(1).getRow().eContainer().eContainer());
		assertTrue(linkingIssues(r).isEmpty());
	}

	@Test
	void anUnknownRowStaysAProxyAndIsReportedOnceWhereItIsWritten() {
		String text = REPORT.formatted("行政强制措施");
		XtextResource r = parse(text);
		RowData row = ((TableData) report(r).getSections().get(0).getContents().get(0)).getRows().get(1);
		assertTrue(((EObject) row.eGet(P.getRowData_Row(), false)).eIsProxy());
		assertFalse(NianbaoLinker.hasNoLazyProxies(r), "the proxy must still be resolved (and reported) by validation");
		List<Issue> issues = linkingIssues(r);
		assertEquals(1, issues.size(), issues::toString);
		assertEquals(text.indexOf("行政强制措施"), issues.get(0).getOffset());
		assertEquals("行政强制措施".length(), issues.get(0).getLength());
		assertEquals(6, issues.get(0).getLineNumber());
	}

	@Test
	void aTemplateWrittenAfterItsReportInTheSameFileResolves() {
		String text = """
				report 窗口2024 : 窗口统计 {
				  section 办件 {
				    table 办件量 {
				      受理  5
				    }
				  }
				}
				template 窗口统计 {
				  section 办件 "办件" {
				    table 办件量 "办件量" {
				      columns { 件数 "件数" }
				      rows { 受理 "受理" }
				    }
				  }
				}
				""";
		XtextResource r = parse(text);
		Report report = report(r);
		Template local = (Template) ((NianbaoFile) r.getContents().get(0)).getElements().get(1);
		assertSame(local, report.eGet(P.getReport_Template(), false));
		assertTrue(linkingIssues(r).isEmpty(), () -> linkingIssues(r).toString());
	}

	@Test
	void anUnknownTemplateIsOneLinkingErrorOnItsName() {
		String text = REPORT.formatted("行政强制").replace("政府信息公开年报2021", "政府信息公开年报2099");
		XtextResource r = parse(text);
		assertTrue(((EObject) report(r).eGet(P.getReport_Template(), false)).eIsProxy());
		List<Issue> all = linkingIssues(r);
		assertEquals(1, all.size(), "no cascade onto the sections, tables and rows under it: " + all);
		assertEquals(text.indexOf("政府信息公开年报2099"), all.get(0).getOffset());
	}

	@Test
	void anUnknownTableIsOneErrorNotOnePerRow() {
		String text = REPORT.formatted("行政强制").replace("table 处罚强制", "table 处罚强迫");
		List<Issue> all = linkingIssues(parse(text));
		assertEquals(1, all.size(), all::toString);
		assertEquals(text.indexOf("处罚强迫"), all.get(0).getOffset());
	}

	@Test
	void editingARowNameRelinksIt() {
		String text = REPORT.formatted("行政强制");
		XtextResource r = parse(text);
		int at = text.indexOf("行政强制");
		r.update(at, "行政强制".length(), "行政处罚");
		RowData row = ((TableData) report(r).getSections().get(0).getContents().get(0)).getRows().get(1);
		assertFalse(((EObject) row.eGet(P.getRowData_Row(), false)).eIsProxy());
		assertEquals("行政处罚", row.getRow().getName());
		assertTrue(NianbaoLinker.hasNoLazyProxies(r));
		r.update(at, "行政处罚".length(), "行政强迫");
		row = ((TableData) report(r).getSections().get(0).getContents().get(0)).getRows().get(1);
		assertTrue(((EObject) row.eGet(P.getRowData_Row(), false)).eIsProxy());
		assertFalse(NianbaoLinker.hasNoLazyProxies(r));
		assertEquals(1, linkingIssues(r).size());
		r.update(at, "行政强迫".length(), "行政强制");
		assertTrue(NianbaoLinker.hasNoLazyProxies(r));
		assertTrue(linkingIssues(r).isEmpty());
	}
}
