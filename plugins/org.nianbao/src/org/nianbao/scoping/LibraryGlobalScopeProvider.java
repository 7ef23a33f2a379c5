package org.nianbao.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
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
		Predicate<IEObjectDescription> visible = d -> type.isSuperTypeOf(d.getEClass())
				&& (filter == null || filter.apply(d)) && !d.getEObjectURI().trimFragment().equals(context.getURI());
		return new LibraryScope(workspace, visible, ignoreCase);
	}

	/**
	 * The library's objects in front of the workspace's. A lookup by name parses only the library
	 * file whose template the name starts with (every exported name does): a cold
	 * {@code nianbao validate} of a 2021 report never parses the 2019 template. Listing all
	 * elements (completion) loads every file.
	 */
	private final class LibraryScope extends SimpleScope {
		private final Predicate<IEObjectDescription> visible;

		LibraryScope(IScope parent, Predicate<IEObjectDescription> visible, boolean ignoreCase) {
			super(parent, () -> libraryObjects().stream().filter(visible::apply).iterator(), ignoreCase);
			this.visible = visible;
		}

		@Override
		protected Iterable<IEObjectDescription> getLocalElementsByName(QualifiedName name) {
			String file = name.getSegmentCount() == 0 ? null : Library.fileDeclaring(name.getFirstSegment());
			if (file == null) {
				return List.of();
			}
			List<IEObjectDescription> result = new ArrayList<>();
			for (IEObjectDescription d : objectsOf(file)) {
				if ((isIgnoreCase() ? d.getName().equalsIgnoreCase(name) : d.getName().equals(name)) && visible.apply(d)) {
					result.add(d);
				}
			}
			return result;
		}

		@Override
		protected boolean isShadowed(IEObjectDescription fromParent) {
			return getLocalElementsByName(fromParent.getName()).iterator().hasNext();
		}
	}

	/** Parses a library file now rather than at its first lookup (a command line warming up). */
	public void preload(String file) {
		objectsOf(file);
	}

	/** Exported objects of one library file, computed once per injector (or per thread, see {@link #ownLibraryOnThisThread}). */
	private List<IEObjectDescription> objectsOf(String file) {
		Copy copy = own.get();
		return copy != null ? copy.objectsOf(file) : shared.objectsOf(file);
	}

	/**
	 * Gives the calling thread a library of its own, parsed on first use: threads that validate at
	 * once (the audit's workers) then share no template object, resource or cache. Until then, and
	 * on every other thread, one copy per injector serves all.
	 */
	public void ownLibraryOnThisThread() {
		if (own.get() == null) {
			own.set(new Copy());
		}
	}

	/** Back to the injector's shared library on the calling thread (a worker done with its batch). */
	public void sharedLibraryOnThisThread() {
		own.remove();
	}

	private final Copy shared = new Copy();
	private final ThreadLocal<Copy> own = new ThreadLocal<>();

	/** One resource set holding the library files, each parsed at most once, and their exported objects. */
	private final class Copy {
		private final java.util.Map<String, List<IEObjectDescription>> objectsByFile = new java.util.concurrent.ConcurrentHashMap<>();
		private XtextResourceSet resources;

		List<IEObjectDescription> objectsOf(String file) {
			return objectsByFile.computeIfAbsent(file, f -> {
				synchronized (this) {
					if (resources == null) {
						resources = resourceSetProvider.get();
					}
					Resource r = resources.getResource(Library.uri(f), true);
					return com.google.common.collect.ImmutableList.copyOf(descriptionManager.getResourceDescription(r).getExportedObjects());
				}
			});
		}
	}

	/** Exported objects of all library files, in {@link Library#FILES} order. */
	public List<IEObjectDescription> libraryObjects() {
		List<IEObjectDescription> result = new ArrayList<>();
		for (String file : Library.FILES) {
			result.addAll(objectsOf(file));
		}
		return result;
	}
}
