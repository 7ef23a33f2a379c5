package org.nianbao.ide.formatting;

import java.util.List;

import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.Document;

/**
 * The edit that turns a document's text into another text: one replacement of the span between
 * their common prefix and common suffix, none when the texts are equal. A client applying it gets
 * exactly the new text, and an unchanged document gets no edit at all (not an identity edit).
 */
public final class TextDiff {
	private TextDiff() {
	}

	/** The replacement of {@code length} characters at {@code offset} by {@code text}. */
	public record Span(int offset, int length, String text) {
	}

	public static List<TextEdit> edits(Document document, String target) {
		Span span = span(document.getContents(), target);
		if (span == null) {
			return List.of();
		}
		Range range = new Range(document.getPosition(span.offset()), document.getPosition(span.offset() + span.length()));
		return List.of(new TextEdit(range, span.text()));
	}

	/** The one replacement that turns source into target; null when they are equal. */
	public static Span span(String source, String target) {
		if (source.equals(target)) {
			return null;
		}
		int prefix = 0;
		int max = Math.min(source.length(), target.length());
		while (prefix < max && source.charAt(prefix) == target.charAt(prefix)) {
			prefix++;
		}
		// never split a surrogate pair: the edit's positions count UTF-16 units of whole characters
		if (prefix > 0 && Character.isHighSurrogate(source.charAt(prefix - 1))) {
			prefix--;
		}
		int suffix = 0;
		while (suffix < max - prefix
				&& source.charAt(source.length() - 1 - suffix) == target.charAt(target.length() - 1 - suffix)) {
			suffix++;
		}
		if (suffix > 0 && Character.isLowSurrogate(source.charAt(source.length() - suffix))) {
			suffix--;
		}
		return new Span(prefix, source.length() - suffix - prefix, target.substring(prefix, target.length() - suffix));
	}
}
