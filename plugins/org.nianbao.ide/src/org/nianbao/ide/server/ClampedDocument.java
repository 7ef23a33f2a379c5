package org.nianbao.ide.server;

import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.util.TextRegion;

/**
 * A document that clamps the positions clients send, as LSP asks: a character past the end of
 * its line means the end of the line, a line past the end of the document means the document's
 * end, negative numbers mean 0. Xtext's document threw an IndexOutOfBoundsException instead, with
 * the whole text in its message (6 MB for a 5 MB file, sent back in the error response); this one
 * never throws for a position and never puts the text in a message.
 */
public class ClampedDocument extends Document {

	public ClampedDocument(Integer version, String contents) {
		super(version, contents, false);
	}

	/** The document as a clamped one (the same object when it already is). */
	public static Document of(Document document) {
		return document == null || document instanceof ClampedDocument ? document
				: new ClampedDocument(document.getVersion(), document.getContents());
	}

	@Override
	public int getOffSet(Position position) {
		String text = getContents();
		int line = Math.max(0, position.getLine());
		int start = 0;
		for (int l = 0; l < line; l++) {
			int newline = text.indexOf('\n', start);
			if (newline < 0) {
				return text.length();
			}
			start = newline + 1;
		}
		int end = text.indexOf('\n', start);
		if (end < 0) {
			end = text.length();
		} else if (end > start && text.charAt(end - 1) == '\r') {
			end--; // the end of a CRLF line is before its \r
		}
		int offset = start + Math.min(Math.max(0, position.getCharacter()), end - start);
		// never between the two halves of a surrogate pair (a character outside the BMP)
		if (offset > start && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
				&& Character.isHighSurrogate(text.charAt(offset - 1))) {
			offset--;
		}
		return offset;
	}

	@Override
	public ITextRegion getTextRegion(Range range) {
		int start = getOffSet(range.getStart());
		int end = Math.max(start, getOffSet(range.getEnd()));
		return new TextRegion(start, end - start);
	}

	@Override
	public Position getPosition(int offset) {
		return super.getPosition(Math.min(Math.max(0, offset), getContents().length()));
	}

	@Override
	public String getSubstring(Range range) {
		ITextRegion r = getTextRegion(range);
		return getContents().substring(r.getOffset(), r.getOffset() + r.getLength());
	}

	/** The changes of a didChange applied in order, each range clamped against the text before it. */
	@Override
	public Document applyTextDocumentChanges(Iterable<? extends TextDocumentContentChangeEvent> changes) {
		String text = getContents();
		for (TextDocumentContentChangeEvent change : changes) {
			String inserted = change.getText() == null ? "" : change.getText();
			if (change.getRange() == null) {
				text = inserted;
			} else {
				ITextRegion r = new ClampedDocument(null, text).getTextRegion(change.getRange());
				text = text.substring(0, r.getOffset()) + inserted + text.substring(r.getOffset() + r.getLength());
			}
		}
		return new ClampedDocument(getVersion() == null ? null : getVersion() + 1, text);
	}
}
