package org.nianbao.validation;

/**
 * Stable diagnostic codes. NB0xx: syntax and linking; NB1xx: arithmetic (勾稽关系);
 * NB2xx: structure; NB3xx: cross-document and narrative checks.
 */
public interface IssueCodes {
	String SYNTAX = "NB001";
	String UNRESOLVED_REFERENCE = "NB002";
	String BAD_VALUE = "NB003";

	// ---- input limits (see Limits): a located diagnostic instead of running out of stack or heap
	/** The text is larger than Limits.MAX_FILE_CHARS: not parsed; on line 1. */
	String FILE_TOO_LARGE = "NB010";
	/** Brackets nested deeper than Limits.MAX_NESTING_DEPTH: not parsed; on the first bracket too deep. */
	String NESTING_TOO_DEEP = "NB011";
	/** More rows than Limits.MAX_ROWS_PER_TABLE in one table or tree; on the first row too many. */
	String TOO_MANY_ROWS = "NB012";
	/** More cells than Limits.MAX_CELLS_PER_ROW in one row; on the first cell too many. */
	String ROW_TOO_LONG = "NB013";
	/** A text block longer than Limits.MAX_TEXT_LENGTH; on the text. */
	String TEXT_TOO_LONG = "NB014";
	/** A string longer than Limits.MAX_STRING_LENGTH; on the string. */
	String STRING_TOO_LONG = "NB015";
}
