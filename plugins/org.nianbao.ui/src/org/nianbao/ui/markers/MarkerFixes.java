package org.nianbao.ui.markers;

import java.util.Comparator;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.nianbao.ide.codeactions.QuickFixes;
import org.nianbao.ui.NianbaoUi;
import org.nianbao.ui.editor.DocumentModels;
import org.nianbao.ui.editor.ParsedDocument;

/** The quick fixes of a marker, computed on the document's current text, and how to apply one. */
public final class MarkerFixes {
	private MarkerFixes() {
	}

	public static List<QuickFixes.Fix> fixes(IDocument document, IMarker marker) {
		if (!ProblemMarkers.TYPE.equals(type(marker))) {
			return List.of();
		}
		QuickFixes fixes = NianbaoUi.getDefault().getInjector().getInstance(QuickFixes.class);
		return DocumentModels.read(document,
				parsed -> fixes.fixes(parsed.resource(), parsed.text(), ProblemMarkers.problem(marker)));
	}

	/** Applies the edits, last first, so earlier offsets stay valid. */
	public static void apply(IDocument document, QuickFixes.Fix fix) throws BadLocationException {
		List<QuickFixes.Edit> edits = fix.edits().stream()
				.sorted(Comparator.comparingInt(QuickFixes.Edit::offset).reversed()).toList();
		for (QuickFixes.Edit e : edits) {
			document.replace(e.offset(), e.length(), e.text());
		}
	}

	/**
	 * Runs code on the file's document: the open editor's buffer when there is one (the change
	 * then shows as unsaved), otherwise a buffer connected for the call and saved after it.
	 */
	public static void withDocument(IFile file, DocumentAction action) throws CoreException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		manager.connect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
		try {
			ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
			boolean wasDirty = buffer.isDirty();
			action.run(buffer.getDocument());
			if (!wasDirty && !buffer.isShared()) {
				buffer.commit(new NullProgressMonitor(), true);
			}
		} finally {
			manager.disconnect(file.getFullPath(), LocationKind.IFILE, new NullProgressMonitor());
		}
	}

	public interface DocumentAction {
		void run(IDocument document) throws CoreException;
	}

	private static String type(IMarker marker) {
		try {
			return marker.getType();
		} catch (CoreException e) {
			return null;
		}
	}
}
