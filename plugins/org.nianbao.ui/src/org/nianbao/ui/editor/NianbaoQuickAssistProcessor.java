package org.nianbao.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.nianbao.ide.codeactions.QuickFixes;
import org.nianbao.ui.markers.MarkerFixes;
import org.nianbao.ui.markers.ProblemMarkers;

/** Ctrl+1 in the editor: the quick fixes of the Nianbao markers under the caret. */
public class NianbaoQuickAssistProcessor implements IQuickAssistProcessor {

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof MarkerAnnotation m && m.getMarker().exists()
				&& !m.getMarker().getAttribute(ProblemMarkers.CODE, "").isEmpty();
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IDocument document = context.getSourceViewer().getDocument();
		IFile file = ParsedDocument.fileOf(document);
		List<ICompletionProposal> proposals = new ArrayList<>();
		if (file == null) {
			return new ICompletionProposal[0];
		}
		int offset = context.getOffset();
		try {
			for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
				int start = marker.getAttribute(IMarker.CHAR_START, -1);
				int end = marker.getAttribute(IMarker.CHAR_END, -1);
				if (start <= offset && offset <= end) {
					for (QuickFixes.Fix fix : MarkerFixes.fixes(document, marker)) {
						proposals.add(new FixProposal(document, fix));
					}
				}
			}
		} catch (CoreException e) {
			return new ICompletionProposal[0];
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	private record FixProposal(IDocument document, QuickFixes.Fix fix) implements ICompletionProposal {
		@Override
		public void apply(IDocument target) {
			try {
				MarkerFixes.apply(target, fix);
			} catch (BadLocationException e) {
				// the document changed under the proposal; the next reconcile offers fresh fixes
			}
		}

		@Override
		public Point getSelection(IDocument target) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return fix.label();
		}

		@Override
		public String getDisplayString() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
