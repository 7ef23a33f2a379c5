package org.nianbao.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.xtext.ide.editor.folding.FoldingRange;
import org.eclipse.xtext.ide.editor.folding.IFoldingRangeProvider;
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

	private static final class Strategy extends WholeDocumentStrategy {
		private volatile ITextViewer viewer;
		private Map<Annotation, Position> shown = new HashMap<>();

		@Override
		protected void update(IDocument doc, IProgressMonitor monitor) {
			if (!(viewer instanceof ProjectionViewer projection)) {
				return;
			}
			ProjectionAnnotationModel model = projection.getProjectionAnnotationModel();
			if (model == null) {
				return;
			}
			IFoldingRangeProvider folding = NianbaoUi.getDefault().getInjector().getInstance(IFoldingRangeProvider.class);
			List<FoldingRange> found = DocumentModels.read(doc,
					parsed -> List.copyOf(folding.getFoldingRanges(parsed.resource(), monitor::isCanceled)));
			Map<Annotation, Position> ranges = new HashMap<>();
			for (FoldingRange range : found) {
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
