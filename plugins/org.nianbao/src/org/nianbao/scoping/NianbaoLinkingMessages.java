package org.nianbao.scoping;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.nianbao.nianbao.NianbaoPackage;

/** Unresolved references in Chinese, naming what was looked for (模板, 章节, 表格, 行或列). */
public class NianbaoLinkingMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String what = kind(type);
		String where = context.getReference() == NianbaoPackage.Literals.REPORT__TEMPLATE ? "（内置模板：政府信息公开年报2021、政府信息公开年报2019）"
				: "（模板中没有这个名称）";
		String message = "找不到" + what + "“" + context.getLinkText() + "”" + where;
		return new DiagnosticMessage(message, Severity.ERROR, org.nianbao.validation.IssueCodes.UNRESOLVED_REFERENCE);
	}

	private static String kind(EClass type) {
		NianbaoPackage p = NianbaoPackage.eINSTANCE;
		if (type == p.getTemplate()) {
			return "模板";
		}
		if (type == p.getSectionDef()) {
			return "章节";
		}
		if (type == p.getTableDef()) {
			return "表格";
		}
		if (type == p.getLeaf()) {
			return "行";
		}
		return "行或列";
	}
}
