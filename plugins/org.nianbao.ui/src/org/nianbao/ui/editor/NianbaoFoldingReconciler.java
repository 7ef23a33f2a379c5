package org.nianbao.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
import org.eclipse.xtext.util.CancelIndicator;
import org.nianbao.ui.NianbaoUi;

/**
 * Folding in the Generic Editor: the same ranges the language server offers (sections, tables,
 * groups, long paragraphs, comments; the ide module's folding provider), whole lines each,
 * recomputed after each pause in typing.
 */
public class NianbaoFoldingReconciler extends MonoReconciler {

	private final Strategy strategy;

	public NianbaoFoldingReconciler() {
		this(new Strategy());
	}

	private NianbaoFoldingReconciler(Strategy strategy) {
		super(strategy, false);
		this.strategy = strategy;
		setDelay(500);
	}

	@Override
	public void install(ITextViewer textViewer) {
		strategy.viewer = textViewer;
		super.install(textViewer);
	}

	private static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
		private volatile ITextViewer viewer;
		private IDocument document;
		private Map<Annotation, Position> shown = new HashMap<>();

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
		}

		@Override
		public void initialReconcile() {
			update();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			update();
		}

		@Override
		public void reconcile(IRegion partition) {
			update();
		}

		private void update() {
			IDocument doc = document;
			if (doc == null || !(viewer instanceof ProjectionViewer projection)) {
				return;
			}
			ProjectionAnnotationModel model = projection.getProjectionAnnotationModel();
			if (model == null) {
				return;
			}
			ParsedDocument parsed = ParsedDocument.parse(doc);
			Map<Annotation, Position> ranges = new HashMap<>();
			for (FoldingRange range : NianbaoUi.getDefault().getInjector().getInstance(IFoldingRangeProvider.class)
					.getFoldingRanges(parsed.resource(), CancelIndicator.NullImpl)) {
				Position lines = wholeLines(doc, range.getOffset(), range.getLength());
				if (lines != null) {
					ranges.put(new ProjectionAnnotation(), lines);
				}
			}
			model.modifyAnnotations(shown.keySet().toArray(new Annotation[0]), ranges, null);
			shown = ranges;
		}

		/** The lines a range spans, line breaks included; null for a range within one line. */
		private static Position wholeLines(IDocument doc, int offset, int length) {
			try {
				int first = doc.getLineOfOffset(offset);
				int last = doc.getLineOfOffset(Math.min(doc.getLength(), offset + length));
				if (first >= last) {
					return null;
				}
				int start = doc.getLineOffset(first);
				return new Position(start, doc.getLineOffset(last) + doc.getLineLength(last) - start);
			} catch (BadLocationException e) {
				return null;
			}
		}
	}
}
