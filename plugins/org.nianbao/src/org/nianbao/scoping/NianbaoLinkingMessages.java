package org.nianbao.scoping;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.validation.IssueCodes;
import org.nianbao.validation.Messages;

/**
 * Unresolved references (NB002), naming what was looked for (模板, 章节, 表格, 行或列), with
 * data {@link Messages} renders them from: the kind, the name written and a hint, kind and hint
 * as phrase keys.
 */
public class NianbaoLinkingMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String hint = context.getReference() == NianbaoPackage.Literals.REPORT__TEMPLATE ? "@ref.builtIn"
				: "@ref.notInTemplate";
		// the name is an ID or a dotted path of them, so it never starts with '@' (taken for a phrase)
		String[] data = { kind(context.getReference().getEReferenceType()), context.getLinkText(), hint };
		return new DiagnosticMessage(Messages.render(IssueCodes.UNRESOLVED_REFERENCE, data), Severity.ERROR,
				IssueCodes.UNRESOLVED_REFERENCE, data);
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
		return "@ref.node";
	}
}
