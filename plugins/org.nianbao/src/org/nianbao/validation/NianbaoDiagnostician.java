package org.nianbao.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Xtext's diagnostician with a cheap object label. EMF labels the root diagnostic of every
 * validation with the object's full URI, which nobody reads (each finding carries its own
 * location) and which cost a third of batch validation: every call interns a new URI in EMF's
 * weakly referenced URI pool.
 */
@Singleton
public class NianbaoDiagnostician extends CancelableDiagnostician {

	@Inject
	public NianbaoDiagnostician(EValidator.Registry registry) {
		super(registry);
	}

	@Override
	public String getObjectLabel(EObject eObject) {
		return eObject.eClass().getName();
	}
}
