package org.nianbao.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;

/**
 * A reconciling strategy that works on the whole document after each pause in typing (a report
 * is parsed as a whole): every reconcile, the initial one included, is one {@link #update}.
 */
abstract class WholeDocumentStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private volatile IDocument document;
	private volatile IProgressMonitor monitor = new NullProgressMonitor();

	/** Runs on the reconciler's thread with the current document. */
	protected abstract void update(IDocument document, IProgressMonitor monitor);

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
		run();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		run();
	}

	@Override
	public void reconcile(IRegion partition) {
		run();
	}

	private void run() {
		IDocument current = document;
		if (current != null) {
			update(current, monitor);
		}
	}
}
