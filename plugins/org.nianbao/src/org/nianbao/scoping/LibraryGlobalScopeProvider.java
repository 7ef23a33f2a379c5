package org.nianbao.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;
import org.eclipse.xtext.scoping.impl.SimpleScope;
import org.nianbao.library.Library;

import com.google.common.base.Predicate;
import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The default global scope (the workspace or resource set) plus the library templates from the
 * runtime jar, so that a report names the national template and nothing needs copying.
 */
@Singleton
public class LibraryGlobalScopeProvider extends DefaultGlobalScopeProvider {

	@Inject
	private Provider<XtextResourceSet> resourceSetProvider;

	@Inject
	private IResourceDescription.Manager descriptionManager;

	private volatile List<IEObjectDescription> libraryObjects;

	@Override
	protected IScope getScope(Resource context, boolean ignoreCase, EClass type,
			Predicate<IEObjectDescription> filter) {
		IScope workspace = super.getScope(context, ignoreCase, type, filter);
		List<IEObjectDescription> library = new ArrayList<>();
		for (IEObjectDescription d : libraryObjects()) {
			if (type.isSuperTypeOf(d.getEClass()) && (filter == null || filter.apply(d))
					&& !d.getEObjectURI().trimFragment().equals(context.getURI())) {
				library.add(d);
			}
		}
		return library.isEmpty() ? workspace : new SimpleScope(workspace, library, ignoreCase);
	}

	/** Exported objects of the library files, computed once per injector. */
	public List<IEObjectDescription> libraryObjects() {
		List<IEObjectDescription> result = libraryObjects;
		if (result == null) {
			synchronized (this) {
				result = libraryObjects;
				if (result == null) {
					result = new ArrayList<>();
					XtextResourceSet rs = resourceSetProvider.get();
					for (String file : Library.FILES) {
						Resource r = rs.getResource(Library.uri(file), true);
						for (IEObjectDescription d : descriptionManager.getResourceDescription(r).getExportedObjects()) {
							result.add(d);
						}
					}
					libraryObjects = List.copyOf(result);
				}
			}
		}
		return result;
	}
}
