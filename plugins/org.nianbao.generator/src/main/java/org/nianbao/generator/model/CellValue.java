package org.nianbao.generator.model;

import java.math.BigDecimal;

import org.nianbao.arithmetic.Numbers;

/**
 * One data cell as published: what the report wrote (a number, a blank, `auto`) or nothing at all,
 * with the value the tools computed for `auto` cells.
 *
 * @param value    the number written, or the computed one for `auto`; null when blank, missing or not computable
 * @param note     the cell's note as written in the report (e.g. "1个废止，3个到期自动失效"), or null
 * @param computed whether the value came from the arithmetic rather than from the report's text
 */
public record CellValue(Kind kind, BigDecimal value, String note, boolean computed) {

	public enum Kind {
		/** A number written in the report. */
		NUMBER,
		/** `-`: explicitly left blank. */
		BLANK,
		/** `auto`: left to the tools. */
		AUTO,
		/** `?`: the importer could not read it from the publication. */
		UNREADABLE,
		/** The report has no such row (or the row is short of cells). */
		MISSING;

		public String id() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public static final CellValue MISSING_CELL = new CellValue(Kind.MISSING, null, null, false);

	public boolean hasValue() {
		return value != null;
	}

	public boolean hasNote() {
		return note != null && !note.isBlank();
	}

	/**
	 * The number as printed: plain notation, no exponent, no grouping (the official tables print
	 * "10402"); a written number exactly as written ("12.50" stays), a computed one as the
	 * arithmetic service formats it.
	 */
	public String text() {
		if (value == null) {
			return "";
		}
		return computed ? Numbers.format(value) : value.toPlainString();
	}
}
