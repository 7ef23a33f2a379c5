package org.nianbao.validation;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.nianbao.linking.NianbaoLinker;

/**
 * Xtext's resource validator, which first resolves every lazy cross-reference; skipped when the
 * linker resolved them all while linking (the usual case), as there is nothing left to resolve.
 * On a text with syntax errors only the findings {@link PartialModel} keeps are reported.
 */
public class NianbaoResourceValidator extends ResourceValidatorImpl {

	@Override
	protected void validate(Resource resource, org.eclipse.xtext.validation.CheckMode mode, CancelIndicator monitor,
			org.eclipse.xtext.util.IAcceptor<org.eclipse.xtext.validation.Issue> acceptor) {
		PartialModel partial = resource instanceof org.eclipse.xtext.resource.XtextResource x ? PartialModel.of(x) : null;
		if (partial == null) {
			super.validate(resource, mode, monitor, acceptor);
			return;
		}
		super.validate(resource, mode, monitor, issue -> {
			if (partial.reports(issue)) {
				acceptor.accept(issue);
			}
		});
	}

	public static boolean hasSyntaxErrors(Resource resource) {
		// syntax errors and refused values are both XtextSyntaxDiagnostics among the resource's errors
		for (Resource.Diagnostic d : resource.getErrors()) {
			if (d instanceof org.eclipse.xtext.resource.XtextSyntaxDiagnostic) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected void resolveProxies(Resource resource, CancelIndicator monitor) {
		if (!NianbaoLinker.hasNoLazyProxies(resource)) {
			super.resolveProxies(resource, monitor);
		}
	}
}
