package org.nianbao.validation;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.Report;

/**
 * Finds last year's report for a report: the file its {@code 上年 "…"} names (relative to the
 * report's own file), or else the one a tool set for the whole resource set ({@code --previous}).
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

	public static Lookup find(Report report) {
		Resource own = report.eResource();
		if (own == null || own.getResourceSet() == null) {
			return new Lookup(null, null, null);
		}
		ResourceSet rs = own.getResourceSet();
		URI uri = null;
		String shown = null;
		if (report.getPrevious() != null && !report.getPrevious().isBlank()) {
			shown = report.getPrevious();
			URI relative = URI.createFileURI(report.getPrevious());
			uri = own.getURI() != null && own.getURI().isHierarchical() && relative.isRelative()
					? relative.resolve(own.getURI())
					: relative;
		} else {
			for (var a : rs.eAdapters()) {
				if (a instanceof DefaultPrevious d && !d.uri.equals(own.getURI())) {
					uri = d.uri;
					shown = d.uri.isFile() ? d.uri.lastSegment() : d.uri.toString();
				}
			}
		}
		if (uri == null) {
			return new Lookup(null, null, null);
		}
		if (uri.equals(own.getURI())) {
			return new Lookup(null, shown, "@file.self");
		}
		try {
			Resource r = rs.getResource(uri, true);
			if (r != null && !r.getContents().isEmpty() && r.getContents().get(0) instanceof NianbaoFile f) {
				for (var e : f.getElements()) {
					if (e instanceof Report previous) {
						return new Lookup(previous, shown, null);
					}
				}
			}
			return new Lookup(null, shown, "@file.noReport");
		} catch (RuntimeException e) {
			// EMF wraps the I/O failure; the user needs only its reason
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			String reason = cause instanceof java.io.FileNotFoundException ? "@file.missing" : String.valueOf(cause.getMessage());
			Resource broken = rs.getResource(uri, false);
			if (broken != null) {
				rs.getResources().remove(broken);
			}
			return new Lookup(null, shown, reason);
		}
	}

	private static final class DefaultPrevious extends AdapterImpl {
		final URI uri;

		DefaultPrevious(URI uri) {
			this.uri = uri;
		}
	}
}
