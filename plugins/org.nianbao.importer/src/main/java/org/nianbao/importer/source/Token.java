package org.nianbao.importer.source;

/**
 * One piece of the input: a line of text, one cell of a `|`-separated line, or a table cell of an
 * HTML/DOCX table.
 *
 * @param text     the piece, trimmed ("" only for an empty cell of a real table)
 * @param line     where it is in the input (for DOCX: the ordinal of the paragraph or table row)
 * @param row      the physical table row it belongs to in HTML/DOCX, or -1 for text forms
 * @param unit     the source unit (line, HTML block, paragraph) it was cut from
 * @param unitText that unit's whole text, as narrative keeps it
 */
public record Token(String text, int line, int row, int unit, String unitText) {

	/** A cell of a real table (HTML/DOCX), where the row boundaries are known. */
	public boolean structured() {
		return row >= 0;
	}

	public boolean isEmpty() {
		return text.isEmpty();
	}
}
