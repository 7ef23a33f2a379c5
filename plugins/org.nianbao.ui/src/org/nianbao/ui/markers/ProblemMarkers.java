package org.nianbao.ui.markers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.ide.codeactions.QuickFixes;
import org.nianbao.validation.Finding;

/**
 * Nianbao's problem markers on a file: one per validation issue, on the exact cell, with the CLI's
 * code and message; replaced wholesale on every reconcile so fixed problems disappear.
 */
public final class ProblemMarkers {
	private ProblemMarkers() {
	}

	/** Marker type (declared in plugin.xml as a problem and text marker). */
	public static final String TYPE = "org.nianbao.ui.problem";
	/** The stable diagnostic code (NB…), as the CLI prints it. */
	public static final String CODE = "nianbaoCode";
	/** The issue data (expected value, …), joined with {@link #SEPARATOR}, for quick fixes. */
	public static final String DATA = "nianbaoData";
	/** The message without the code prefix. */
	public static final String PLAIN_MESSAGE = "nianbaoMessage";
	private static final String SEPARATOR = "\u001f";

	public static void replace(IFile file, List<Issue> issues, IProgressMonitor monitor) throws CoreException {
		ResourcesPlugin.getWorkspace().run(m -> {
			if (!file.exists()) {
				return;
			}
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Issue issue : issues) {
				Finding f = Finding.of(file.getName(), issue);
				Map<String, Object> attributes = new HashMap<>();
				attributes.put(IMarker.MESSAGE, "[" + f.code() + "] " + f.message());
				attributes.put(PLAIN_MESSAGE, f.message());
				attributes.put(IMarker.SEVERITY, severity(issue.getSeverity()));
				attributes.put(IMarker.LINE_NUMBER, f.line());
				if (issue.getOffset() != null && issue.getLength() != null) {
					attributes.put(IMarker.CHAR_START, issue.getOffset());
					attributes.put(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
				}
				attributes.put(IMarker.LOCATION, "第 " + f.line() + " 行，第 " + f.column() + " 列");
				attributes.put(CODE, f.code());
				if (issue.getData() != null) {
					attributes.put(DATA, String.join(SEPARATOR, issue.getData()));
				}
				file.createMarker(TYPE, attributes);
			}
		}, file, IWorkspace.AVOID_UPDATE, monitor);
	}

	private static int severity(Severity s) {
		return s == Severity.ERROR ? IMarker.SEVERITY_ERROR
				: s == Severity.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
	}

	/** The marker as a problem the ide's quick fixes understand. */
	public static QuickFixes.Problem problem(IMarker marker) {
		int start = marker.getAttribute(IMarker.CHAR_START, -1);
		int end = marker.getAttribute(IMarker.CHAR_END, start);
		String data = marker.getAttribute(DATA, null);
		return new QuickFixes.Problem(marker.getAttribute(CODE, ""), Math.max(start, 0), Math.max(end - start, 0),
				marker.getAttribute(PLAIN_MESSAGE, ""), data == null ? new String[0] : data.split(SEPARATOR, -1));
	}
}
