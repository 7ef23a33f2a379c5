package org.nianbao.scoping;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.diagnostics.IssueCodes;
import org.nianbao.diagnostics.Messages;

/**
 * Unresolved references (NB002), naming what was looked for (模板, 章节, 表格, 行或列, 上年报告), with
 * data {@link Messages} renders them from: the kind, the name written and a hint, kind and hint
 * as phrase keys.
 */
public class NianbaoLinkingMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		if (followsAnUnresolvedName(context.getContext(), context.getReference())) {
			return null; // the one error is on the template, section or table that is unknown
		}
		String hint = context.getReference() == NianbaoPackage.Literals.REPORT__TEMPLATE ? "@ref.builtIn"
				: context.getReference() == NianbaoPackage.Literals.REPORT__PREVIOUS_REPORT ? "@ref.previous"
						: "@ref.notInTemplate";
		// the name is an ID or a dotted path of them, so it never starts with '@' (taken for a phrase)
		String[] data = { kind(context.getReference().getEReferenceType()), context.getLinkText(), hint };
		return new DiagnosticMessage(Messages.render(IssueCodes.UNRESOLVED_REFERENCE, data), Severity.ERROR,
				IssueCodes.UNRESOLVED_REFERENCE, data);
	}

	/**
	 * A report's sections are looked up in its template, its tables in their section, its rows in
	 * their table: when that container did not resolve, every name under it fails too, and
	 * reporting each of them would bury the one error that matters.
	 */
	private static boolean followsAnUnresolvedName(org.eclipse.emf.ecore.EObject context,
			org.eclipse.emf.ecore.EReference reference) {
		NianbaoPackage p = NianbaoPackage.eINSTANCE;
		org.eclipse.emf.ecore.EObject container = null;
		org.eclipse.emf.ecore.EReference containerReference = null;
		if (reference == p.getSectionData_Section()) {
			container = org.eclipse.xtext.EcoreUtil2.getContainerOfType(context, org.nianbao.nianbao.Report.class);
			containerReference = p.getReport_Template();
		} else if (reference == p.getTableData_Table()) {
			container = org.eclipse.xtext.EcoreUtil2.getContainerOfType(context, org.nianbao.nianbao.SectionData.class);
			containerReference = p.getSectionData_Section();
		} else if (reference == p.getRowData_Row() || reference == p.getRowData_Group()) {
			container = org.eclipse.xtext.EcoreUtil2.getContainerOfType(context, org.nianbao.nianbao.TableData.class);
			containerReference = p.getTableData_Table();
		}
		if (container == null) {
			return false;
		}
		// not resolving here: the container's own lookup (earlier in the document) has been tried
		Object target = container.eGet(containerReference, false);
		return target instanceof org.eclipse.emf.ecore.EObject o && o.eIsProxy();
	}

	private static String kind(EClass type) {
		NianbaoPackage p = NianbaoPackage.eINSTANCE;
		if (type == p.getTemplate()) {
			return "@ref.template";
		}
		if (type == p.getSectionDef()) {
			return "@ref.section";
		}
		if (type == p.getTableDef()) {
			return "@ref.table";
		}
		if (type == p.getLeaf()) {
			return "@ref.row";
		}
		if (type == p.getReport()) {
			return "@ref.report";
		}
		return "@ref.node";
	}
}
