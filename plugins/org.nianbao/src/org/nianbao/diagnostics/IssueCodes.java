package org.nianbao.diagnostics;

/**
 * Stable diagnostic codes. NB0xx: syntax and linking; NB1xx: arithmetic (勾稽关系);
 * NB2xx: structure; NB3xx: cross-document and narrative checks. The issue data each code carries
 * is documented in {@link Messages}, which renders them in Chinese or English.
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

	// ---- arithmetic: data = expected, actual ("" if blank), table, row, column, … (see Finding)
	/** A relation does not hold; on its derived cell (the total). */
	String RELATION_MISMATCH = "NB101";
	/** One component breaks every relation it enters; the value given repairs them all. */
	String LIKELY_CULPRIT = "NB102";
	/** A blank cell whose value the relations determine. */
	String BLANK_DETERMINED = "NB103";
	/** A blank cell no relation determines (warning). */
	String BLANK_UNDETERMINED = "NB104";
	/** A negative number where a count or amount is required. */
	String NEGATIVE = "NB105";
	/** A fraction where a count is required. */
	String NOT_INTEGER = "NB106";
	/** A cell the importer could not read (`?`): the import's finding, not the publication's (warning). */
	String UNREADABLE_CELL = "NB107";
	/**
	 * A blank cell the relations force to be 0 (warning): published reports leave zero cells empty;
	 * a blank forced to another value is {@link #BLANK_DETERMINED}, an error.
	 */
	String BLANK_ZERO = "NB108";
	/**
	 * A cell of a row of group totals (`sum 其他处理`) that does not hold: against the row's own
	 * relations (its row total) or the sum of the group's rows when they are written too.
	 */
	String GROUP_TOTAL_MISMATCH = "NB109";

	// ---- structure
	String MISSING_ROW = "NB201";
	String TOO_FEW_CELLS = "NB202";
	String TOO_MANY_CELLS = "NB203";
	String MISSING_SECTION = "NB204";
	String MISSING_TABLE = "NB205";
	/** The published label written after the row key differs from the template's (warning). */
	String LABEL_MISMATCH = "NB206";
	String DUPLICATE_ROW = "NB207";
	String BAD_DATE = "NB208";
	String BAD_YEAR = "NB209";
	String DUPLICATE_SECTION = "NB210";
	String DUPLICATE_TABLE = "NB211";
	/** A `|` in a row that is not between two column groups (warning); data: cells before it, group, table, row. */
	String GROUP_BAR_INSIDE_GROUP = "NB212";
	/**
	 * A group printed as one row of totals (`sum 其他处理`) instead of its rows (warning): the
	 * totals are checked, the rows' own figures are not published. Data: table, group, label.
	 */
	String GROUP_AS_TOTAL = "NB213";
	/** Two rows of totals for one group. Data: table, group. */
	String DUPLICATE_GROUP_TOTAL = "NB214";

	// ---- cross-document and narrative (warnings unless noted)
	/** A cell differs from the value a template's `crossyear` rule carries over from last year (`x == last(y)`); cell data as for NB1xx. */
	String CARRY_OVER_MISMATCH = "NB301";
	/** A cell differs from the balance a template's `crossyear` rule computes from last year's and this year's cells; cell data as for NB1xx. */
	String IN_FORCE_MISMATCH = "NB302";
	/** A number in the text contradicts a template's `fact`; on the number. */
	String NARRATIVE_MISMATCH = "NB303";
	/** A `{…}` expression names no cell (error). */
	String TEXT_EXPRESSION_UNRESOLVED = "NB304";
	/** A `{…}` expression does not parse (error). */
	String TEXT_EXPRESSION_SYNTAX = "NB305";
	/** A `{…}` expression names cells whose values are not known. */
	String TEXT_EXPRESSION_UNDETERMINED = "NB306";
	/** A section lacks what a template's `require … mentions` asks for. */
	String FEES_NOT_STATED = "NB307";
	/** A section longer than a template's `limit … length`. */
	String OVERVIEW_TOO_LONG = "NB308";
	/** A section nearly the same as last year's, against a template's `distinct … from last`. */
	String PROBLEMS_REPEATED = "NB309";
	/** The previous year's report cannot be read or holds no report. */
	String PREVIOUS_UNREADABLE = "NB310";
	/** The previous report is not for the year before. */
	String PREVIOUS_YEAR_MISMATCH = "NB311";
	/** A number in the text equals a `fact`'s alternative: a known difference of definition (information). */
	String NARRATIVE_DEFINITION = "NB312";
	/** The report's year lies outside the template's `years`. */
	String WRONG_FORMAT = "NB313";
	/** Published after the template's `deadline` for the report's organ kind. */
	String LATE = "NB314";
	/** The report's `organkind` has no `deadline` in the template. */
	String UNKNOWN_ORGAN_KIND = "NB315";
	/**
	 * A rate the text states (a `fact … value … per …`) differs from the one the tables give, rounded
	 * as the text rounds; on the percentage. Data: stated, the tables' rate so rounded, phrase, what,
	 * numerator, denominator, the rate with two more decimals.
	 */
	String RATE_MISMATCH = "NB316";
	/** A year the title or the text states (a template's `agree`) differs from the report's 年度; on that year. */
	String YEAR_DISAGREES = "NB317";
}
