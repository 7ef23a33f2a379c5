package org.nianbao.ui.commands;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.nianbao.formatting2.SourceFormatter;
import org.nianbao.ide.formatting.TextDiff;
import org.nianbao.ui.NianbaoUi;
import org.nianbao.ui.editor.ParsedDocument;

/**
 * Format (Ctrl+Shift+F) in the editor: the text {@code nianbao fmt} writes, applied as the edits
 * that change it (the caret and the undo history stay where the text did not change). A document
 * with syntax errors is left as it is, as {@code nianbao fmt} leaves such a file.
 */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof ITextEditor editor) {
			format(editor.getDocumentProvider().getDocument(editor.getEditorInput()));
		}
		return null;
	}

	/** Formats the document; false when it has syntax errors (nothing changed). */
	public static boolean format(IDocument document) {
		String[] texts = ParsedDocument.read(document, parsed -> parsed.resource().getErrors().isEmpty()
				? new String[] { parsed.text(),
						NianbaoUi.getDefault().getInjector().getInstance(SourceFormatter.class).format(parsed.resource()) }
				: null);
		if (texts == null) {
			return false;
		}
		String formatted = texts[1];
		org.eclipse.xtext.ide.server.Document before = new org.eclipse.xtext.ide.server.Document(1, texts[0]);
		List<TextEdit> edits = TextDiff.edits(before, formatted);
		try {
			// from the end, so that each edit's offsets are still those of the text it was computed on
			for (int i = edits.size() - 1; i >= 0; i--) {
				TextEdit e = edits.get(i);
				int start = before.getOffSet(e.getRange().getStart());
				int end = before.getOffSet(e.getRange().getEnd());
				document.replace(start, end - start, e.getNewText());
			}
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		}
		return true;
	}
}
