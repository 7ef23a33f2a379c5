package org.nianbao.validation;

import org.nianbao.conversion.NianbaoValueConverters;

/**
 * Input limits: far above any real report (a national-format report is ~10 KB, 60 rows, nesting
 * depth 6), low enough that no input can exhaust the stack or the heap of an editor or a batch run.
 * Each limit has its own stable code (NB01x) and a located diagnostic; see {@link LimitsValidator}
 * and {@link org.nianbao.parser.GuardedNianbaoParser}.
 */
public final class Limits {
	private Limits() {
	}

	/**
	 * Largest text parsed, in characters (a UTF-8 file of this many Chinese characters is ~12 MB).
	 * Beyond it nothing is parsed and one diagnostic on line 1 says so (NB010).
	 */
	public static final int MAX_FILE_CHARS = 4 * 1024 * 1024;

	/** Deepest nesting of {@code { }} and {@code ( )} together (NB011); real templates need 6 to 10. */
	public static final int MAX_NESTING_DEPTH = 100;

	/** Most rows in one table of a report or one row/column tree of a template (NB012). */
	public static final int MAX_ROWS_PER_TABLE = 2_000;

	/** Most cells in one row of a report (NB013); the widest national table has 15 columns. */
	public static final int MAX_CELLS_PER_ROW = 500;

	/** Longest narrative text block, in characters (NB014); a whole report's prose is ~5,000. */
	public static final int MAX_TEXT_LENGTH = 200_000;

	/** Longest string (title, organ, label, note), in characters (NB015). */
	public static final int MAX_STRING_LENGTH = 2_000;

	/** Longest number, in characters; enforced by the value converter (NB003). */
	public static final int MAX_NUMBER_LENGTH = NianbaoValueConverters.MAX_NUMBER_LENGTH;
}
