package org.nianbao.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.nianbao.formatting2.SourceFormatter;
import org.nianbao.ide.formatting.TextDiff;
import org.nianbao.ui.NianbaoUi;
import org.nianbao.ui.editor.DocumentModels;

/**
 * Format (Ctrl+Shift+F): the document becomes what `nianbao fmt` makes of it, by the one
 * formatter, as one minimal edit (one undo step; the text outside the changed span is untouched).
 * A document with syntax errors is not formatted, as in the CLI: its text could be lost.
 */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (!(part instanceof ITextEditor editor)) {
			return null;
		}
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		if (document == null) {
			return null;
		}
		String status = format(document);
		if (status != null) {
			editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(status);
		}
		return null;
	}

	/** Formats the document in place; returns why it was not formatted, or null. */
	public static String format(IDocument document) {
		SourceFormatter formatter = NianbaoUi.getDefault().getInjector().getInstance(SourceFormatter.class);
		String before = document.get();
		String formatted = DocumentModels.read(document,
				parsed -> parsed.resource().getErrors().isEmpty() ? formatter.format(parsed.resource()) : null);
		if (formatted == null) {
			return "有语法错误，未格式化 (syntax errors: not formatted)";
		}
		TextDiff.Span span = TextDiff.span(before, formatted);
		if (span == null) {
			return null;
		}
		try {
			document.replace(span.offset(), span.length(), span.text());
		} catch (BadLocationException e) {
			return "文档已变化，未格式化 (the document changed: not formatted)";
		}
		return null;
	}
}
