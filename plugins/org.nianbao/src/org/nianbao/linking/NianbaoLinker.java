package org.nianbao.linking;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.nodemodel.INode;
import org.nianbao.nianbao.NianbaoPackage;

import com.google.inject.Inject;

/**
 * Xtext's lazy linker, made cheaper for the references every report is full of.
 * <ul>
 * <li>A report's template, sections, tables and rows are resolved while linking, through the same
 * linking service (and so the same scopes and imported-name bookkeeping) a lazy proxy would use
 * later. A report has about a hundred of them; creating a proxy URI for each and decoding it again
 * was a third of batch validation. When a name does not resolve, or not uniquely, the usual lazy
 * proxy is installed instead, so the linking error is reported exactly as before, when and where
 * Xtext reports it; a failure here is silent.</li>
 * <li>The language has no generic types, so a reference's declared type is the proxy's type
 * whenever it can be instantiated (Xtext's general answer resolves generic bounds per proxy).</li>
 * <li>One linker per injector (it is stateless): Guice would otherwise build it, its linking
 * service and scope provider anew for every resource.</li>
 * </ul>
 */
@com.google.inject.Singleton
public class NianbaoLinker extends LazyLinker {

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;

	@Inject
	private ILinkingService linkingService;

	/**
	 * On a resource whose last linking left no lazy proxy: validation then has nothing to resolve
	 * and need not walk every object and reference to find that out (a tenth of batch validation).
	 */
	private static final class NoLazyProxies implements org.eclipse.emf.common.notify.Adapter {
		private static final NoLazyProxies INSTANCE = new NoLazyProxies();

		@Override
		public void notifyChanged(org.eclipse.emf.common.notify.Notification notification) {
		}

		/** None: one marker serves every resource, and must not keep the last one alive. */
		@Override
		public org.eclipse.emf.common.notify.Notifier getTarget() {
			return null;
		}

		@Override
		public void setTarget(org.eclipse.emf.common.notify.Notifier newTarget) {
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == NoLazyProxies.class;
		}
	}

	/** Whether the resource was linked by this linker without leaving any lazy proxy to resolve. */
	public static boolean hasNoLazyProxies(org.eclipse.emf.ecore.resource.Resource resource) {
		return resource != null && resource.eAdapters().contains(NoLazyProxies.INSTANCE);
	}

	private final ThreadLocal<boolean[]> proxyInstalled = new ThreadLocal<>();

	@Override
	protected void doLinkModel(EObject root, org.eclipse.xtext.diagnostics.IDiagnosticConsumer consumer) {
		org.eclipse.emf.ecore.resource.Resource resource = root.eResource();
		if (resource != null) {
			resource.eAdapters().remove(NoLazyProxies.INSTANCE);
		}
		boolean[] installed = { false };
		boolean[] outer = proxyInstalled.get();
		proxyInstalled.set(installed);
		try {
			super.doLinkModel(root, consumer);
		} finally {
			proxyInstalled.set(outer);
		}
		if (resource != null && !installed[0]) {
			resource.eAdapters().add(NoLazyProxies.INSTANCE);
		}
	}

	@Override
	protected void createAndSetProxy(EObject obj, INode node, EReference eRef) {
		if (resolvedWhileLinking(eRef)) {
			List<EObject> linked = linkingService.getLinkedObjects(obj, eRef, node);
			if (linked.size() == 1 && !linked.get(0).eIsProxy()) {
				obj.eSet(eRef, linked.get(0));
				return;
			}
		}
		boolean[] installed = proxyInstalled.get();
		if (installed != null) {
			installed[0] = true;
		}
		super.createAndSetProxy(obj, node, eRef);
	}

	/** Single-valued references in document order: each one's scope needs only those before it. */
	private static boolean resolvedWhileLinking(EReference eRef) {
		return eRef == P.getReport_Template() || eRef == P.getSectionData_Section() || eRef == P.getTableData_Table()
				|| eRef == P.getRowData_Row() || eRef == P.getRowData_Group();
	}

	@Override
	protected EClass getProxyType(EObject obj, EReference eRef) {
		EClass declared = eRef.getEReferenceType();
		if (!declared.isAbstract() && !declared.isInterface() && declared.getETypeParameters().isEmpty()) {
			return declared;
		}
		return super.getProxyType(obj, eRef);
	}
}
