package org.nianbao.arithmetic;

import java.math.BigDecimal;
import java.util.List;

import org.nianbao.nianbao.Cell;

/**
 * One arithmetic finding on one cell.
 *
 * @param token      the cell as written in the report (NumberCell or BlankCell); null for {@link Arithmetic#checkRow}
 * @param expected   the value that satisfies the relation(s); null for sign/integer findings and undetermined blanks
 * @param actual     the written value; null when the cell is blank
 * @param relation   the broken relation (the first one for a culprit); null for sign/integer findings
 * @param relations  every relation the expected value repairs (one, except for a culprit)
 * @param derivation the values the expected value is computed from, e.g. {@code 24 + 2 + 0}
 */
public record Violation(Kind kind, CellKey cell, Cell token, BigDecimal expected, BigDecimal actual,
		Relation relation, List<Relation> relations, String derivation) {

	public enum Kind {
		/** A relation does not hold; reported on its derived cell (the total). */
		MISMATCH,
		/** Several relations fail and changing this one component to {@code expected} repairs all of them. */
		CULPRIT,
		/** A blank cell whose value the relations determine. */
		BLANK,
		/** A blank cell no relation determines. */
		UNDETERMINED_BLANK,
		/** A negative number in a cell that is not `signed`. */
		NEGATIVE,
		/** A fraction in a count (a cell that is not `decimal`). */
		NOT_INTEGER,
		/** A cell the importer could not read (`?`); {@code expected} is what the relations give, if anything. */
		UNREADABLE
	}
}
