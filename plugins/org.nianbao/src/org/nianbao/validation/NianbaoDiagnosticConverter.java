package org.nianbao.validation;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Xtext's conversion of validator diagnostics into issues, with the URI of the object at fault made
 * when it is first asked for. EMF interns every URI with a fragment through a reference queue that
 * wakes a cleaning thread (EMF's URI pool): a tenth of a batch's time went into those URIs, which
 * only a quick fix ever reads. The fingerprints take the object itself ({@link #causer}).
 */
public class NianbaoDiagnosticConverter extends DiagnosticConverterImpl {

	/** An issue that keeps the object at fault and makes its URI on demand. */
	static final class CauserIssue extends Issue.IssueImpl {
		private EObject causer;

		@Override
		public URI getUriToProblem() {
			URI uri = super.getUriToProblem();
			if (uri == null && causer != null) {
				uri = EcoreUtil.getURI(causer);
				setUriToProblem(uri);
			}
			return uri;
		}

		EObject causer() {
			return causer;
		}
	}

	/** The object an issue is on, without making its URI when the issue knows it; else null. */
	static EObject causer(Issue issue) {
		return issue instanceof CauserIssue c ? c.causer() : null;
	}

	@Override
	public void convertValidatorDiagnostic(org.eclipse.emf.common.util.Diagnostic diagnostic, IAcceptor<Issue> acceptor) {
		Severity severity = getSeverity(diagnostic);
		if (severity == null) {
			return;
		}
		CauserIssue issue = new CauserIssue();
		issue.setSeverity(severity);
		IssueLocation locationData = getLocationData(diagnostic);
		if (locationData != null) {
			issue.setLineNumber(locationData.lineNumber);
			issue.setColumn(locationData.column);
			issue.setOffset(locationData.offset);
			issue.setLength(locationData.length);
			issue.setLineNumberEnd(locationData.lineNumberEnd);
			issue.setColumnEnd(locationData.columnEnd);
		}
		issue.causer = getCauser(diagnostic);
		issue.setCode(getIssueCode(diagnostic));
		issue.setType(getIssueType(diagnostic));
		issue.setData(getIssueData(diagnostic));
		issue.setMessage(diagnostic.getMessage());
		acceptor.accept(issue);
	}
}
