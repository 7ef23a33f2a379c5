package org.nianbao.validation;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.nianbao.linking.NianbaoLinker;

/**
 * Xtext's resource validator, which first resolves every lazy cross-reference; skipped when the
 * linker resolved them all while linking (the usual case), as there is nothing left to resolve.
 */
public class NianbaoResourceValidator extends ResourceValidatorImpl {

	@Override
	protected void resolveProxies(Resource resource, CancelIndicator monitor) {
		if (!NianbaoLinker.hasNoLazyProxies(resource)) {
			super.resolveProxies(resource, monitor);
		}
	}
}
