package org.nianbao.validation;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.Report;

/**
 * Finds last year's report for a report: the report its {@code 上年 名称} refers to (resolved by
 * linking among the reports loaded beside it), the file its {@code 上年 "…"} names (relative to the
 * report's own file), or else the one a tool assigned to its resource ({@link #assign}: the CLI's
 * pick of the same organ's report among the files given) or to the whole resource set
 * ({@code --previous}). Tools load last year's report before validating ({@link #load}: the CLI
 * before each report, Eclipse with the document's model, the language server's validator before it
 * validates); validation itself reads no file.
 */
public final class PreviousReports {
	private PreviousReports() {
	}

	/** The outcome: a report, or the reason there is none (null reason: none was asked for). */
	public record Lookup(Report report, String file, String error) {
		public boolean requested() {
			return file != null;
		}
	}

	/** Makes every report in the resource set (except that file itself) compare with the given file. */
	public static void setDefault(ResourceSet rs, URI previous) {
		rs.eAdapters().removeIf(a -> a instanceof DefaultPrevious);
		rs.eAdapters().add(new DefaultPrevious(previous));
	}

	/** Makes the reports of one resource compare with the given file (which the caller has loaded). */
	public static void assign(Resource resource, URI previous) {
		resource.eAdapters().removeIf(a -> a instanceof DefaultPrevious);
		resource.eAdapters().add(new DefaultPrevious(previous));
	}

	/** The file a report's {@code 上年 "…"} names, resolved against the report's own file; null if none. */
	public static URI pathOf(Report report) {
		if (report.getPrevious() == null || report.getPrevious().isBlank() || report.eResource() == null) {
			return null;
		}
		URI own = report.eResource().getURI();
		URI relative = URI.createFileURI(report.getPrevious());
		return own != null && own.isHierarchical() && relative.isRelative() ? relative.resolve(own) : relative;
	}

	/**
	 * Loads, before validation, the files the reports of a resource name by {@code 上年 "…"} into its
	 * resource set. A file that cannot be read is left out: validation reports why (NB310).
	 */
	public static void load(Resource resource) {
		ResourceSet rs = resource.getResourceSet();
		if (rs == null || resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof NianbaoFile f)) {
			return;
		}
		java.util.List<URI> wanted = new java.util.ArrayList<>();
		for (var e : f.getElements()) {
			if (e instanceof Report r && pathOf(r) != null) {
				wanted.add(pathOf(r));
			}
		}
		for (var adapters : java.util.List.of(resource.eAdapters(), rs.eAdapters())) {
			for (var a : adapters) {
				if (a instanceof DefaultPrevious d) {
					wanted.add(d.uri);
				}
			}
		}
		for (URI uri : wanted) {
			if (!uri.equals(resource.getURI()) && rs.getResource(uri, false) == null) {
				read(uri, rs);
			}
		}
	}

	/** Reads a file into the resource set; a file that cannot be read is remembered with the reason. */
	private static void read(URI uri, ResourceSet rs) {
		try {
			rs.getResource(uri, true);
		} catch (RuntimeException e) {
			// EMF wraps the I/O failure; the user needs only its reason
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			String reason = cause instanceof java.io.FileNotFoundException ? "@file.missing" : String.valueOf(cause.getMessage());
			Resource broken = rs.getResource(uri, false);
			if (broken != null) {
				rs.getResources().remove(broken);
			}
			Unreadable.of(rs).reasons.put(uri, reason);
		}
	}

	/** The files a tool could not load for validation, with why. */
	private static final class Unreadable extends AdapterImpl {
		final java.util.Map<URI, String> reasons = new java.util.concurrent.ConcurrentHashMap<>();

		static Unreadable of(ResourceSet rs) {
			synchronized (rs) {
				for (var a : rs.eAdapters()) {
					if (a instanceof Unreadable u) {
						return u;
					}
				}
				Unreadable u = new Unreadable();
				rs.eAdapters().add(u);
				return u;
			}
		}
	}

	public static Lookup find(Report report) {
		Resource own = report.eResource();
		if (own == null || own.getResourceSet() == null) {
			return new Lookup(null, null, null);
		}
		ResourceSet rs = own.getResourceSet();
		if (report.eIsSet(org.nianbao.nianbao.NianbaoPackage.Literals.REPORT__PREVIOUS_REPORT)) {
			Report named = report.getPreviousReport();
			if (named == null || named.eIsProxy()) {
				return new Lookup(null, null, null); // an unresolved reference: linking reports it (NB002)
			}
			String shown = named.getName() + (named.eResource() != null && named.eResource().getURI().isFile()
					? "（" + named.eResource().getURI().lastSegment() + "）"
					: "");
			return named == report ? new Lookup(null, shown, "@file.self") : new Lookup(named, shown, null);
		}
		URI uri = pathOf(report);
		String shown = uri == null ? null : report.getPrevious();
		if (uri == null) {
			for (var a : own.eAdapters()) {
				if (a instanceof DefaultPrevious d && !d.uri.equals(own.getURI())) {
					uri = d.uri;
				}
			}
		}
		if (uri == null) {
			for (var a : rs.eAdapters()) {
				if (a instanceof DefaultPrevious d && !d.uri.equals(own.getURI())) {
					uri = d.uri;
				}
			}
		}
		if (uri == null) {
			return new Lookup(null, null, null);
		}
		if (shown == null) {
			shown = uri.isFile() ? uri.lastSegment() : uri.toString();
		}
		if (uri.equals(own.getURI())) {
			return new Lookup(null, shown, "@file.self");
		}
		return find(uri, rs, shown);
	}

	/**
	 * The first report of a file the tools loaded ({@link #load}): validation reads no file. One that
	 * could not be loaded gives its reason; one that no tool loaded says so.
	 */
	private static Lookup find(URI uri, ResourceSet rs, String shown) {
		Resource r = rs.getResource(uri, false);
		if (r == null) {
			return new Lookup(null, shown, Unreadable.of(rs).reasons.getOrDefault(uri, "@file.notLoaded"));
		}
		if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof NianbaoFile f) {
			for (var e : f.getElements()) {
				if (e instanceof Report previous) {
					return new Lookup(previous, shown, null);
				}
			}
		}
		return new Lookup(null, shown, "@file.noReport");
	}

	private static final class DefaultPrevious extends AdapterImpl {
		final URI uri;

		DefaultPrevious(URI uri) {
			this.uri = uri;
		}
	}
}
