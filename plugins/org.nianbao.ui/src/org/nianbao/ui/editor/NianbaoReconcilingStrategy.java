package org.nianbao.ui.editor;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.ui.NianbaoUi;
import org.nianbao.ui.markers.ProblemMarkers;

/**
 * In the background, after each pause in typing: parses the document's text, runs every
 * validation rule (the same validator as the CLI) and replaces the file's problem markers.
 */
public class NianbaoReconcilingStrategy extends WholeDocumentStrategy {

	@Override
	protected void update(IDocument document, IProgressMonitor monitor) {
		IResourceValidator validator = NianbaoUi.getDefault().getInjector().getInstance(IResourceValidator.class);
		ParsedDocument[] parsed = new ParsedDocument[1];
		List<Issue> issues = DocumentModels.read(document, p -> {
			parsed[0] = p;
			return p.file() == null ? null : validator.validate(p.resource(), CheckMode.ALL, monitor::isCanceled);
		});
		if (issues == null || monitor.isCanceled()) {
			return;
		}
		try {
			ProblemMarkers.replace(parsed[0].file(), issues, monitor);
		} catch (CoreException e) {
			NianbaoUi.getDefault().getLog().log(e.getStatus());
		}
	}
}
