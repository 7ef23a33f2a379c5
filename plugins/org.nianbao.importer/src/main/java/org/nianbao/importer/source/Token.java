package org.nianbao.importer.source;

/**
 * One piece of the input with where it was: a line of text, one cell of a `|`-separated line, or a
 * cell of an HTML/DOCX table. The reader downstream anchors on the template's vocabulary, so line
 * breaks and spacing are hints, never requirements.
 *
 * @param text     the piece, trimmed ("" only for an empty cell: a blank the publication printed)
 * @param page     the page it is on (PDF and text with form feeds), 1 when the input has no pages
 * @param line     where it is in the input (for DOCX: the ordinal of the paragraph or table row)
 * @param column   the 1-based column of its first character in that line (1 when unknown)
 * @param row      the physical table row it belongs to (HTML/DOCX rows, `|` rows), or -1
 * @param unit     the source unit (line, HTML block, paragraph, table row) it was cut from
 * @param unitText that unit's whole text, as narrative keeps it
 * @param pageLine the line on its page (PDF layout text and text with form feeds), else {@code line}
 */
public record Token(String text, int page, int line, int column, int row, int unit, String unitText, int pageLine) {

	public Token(String text, int line, int row, int unit, String unitText) {
		this(text, 1, line, 1, row, unit, unitText, line);
	}

	public Token(String text, int page, int line, int column, int row, int unit, String unitText) {
		this(text, page, line, column, row, unit, unitText, line);
	}

	/** A cell of a real table (HTML/DOCX or a `|` row), where the cell boundaries are known. */
	public boolean structured() {
		return row >= 0;
	}

	public boolean isEmpty() {
		return text.isEmpty();
	}
}
