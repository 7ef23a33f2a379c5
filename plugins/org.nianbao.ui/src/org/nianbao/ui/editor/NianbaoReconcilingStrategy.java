package org.nianbao.ui.editor;

import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.ui.NianbaoUi;
import org.nianbao.ui.markers.ProblemMarkers;

/**
 * In the background, after each pause in typing: parses the document's text, runs every
 * validation rule (the same validator as the CLI) and replaces the file's problem markers.
 */
public class NianbaoReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private IDocument document;
	private IProgressMonitor monitor = new NullProgressMonitor();

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		validate();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		validate();
	}

	@Override
	public void reconcile(IRegion partition) {
		validate();
	}

	private void validate() {
		if (document == null) {
			return;
		}
		ParsedDocument parsed = ParsedDocument.parse(document);
		if (parsed.file() == null) {
			return;
		}
		IResourceValidator validator = NianbaoUi.getDefault().getInjector().getInstance(IResourceValidator.class);
		List<Issue> issues = validator.validate(parsed.resource(), CheckMode.ALL, () -> monitor.isCanceled());
		if (monitor.isCanceled()) {
			return;
		}
		try {
			ProblemMarkers.replace(parsed.file(), issues, monitor);
		} catch (CoreException e) {
			NianbaoUi.getDefault().getLog().log(e.getStatus());
		}
	}
}
