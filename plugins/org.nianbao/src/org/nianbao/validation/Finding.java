package org.nianbao.validation;

import java.math.BigDecimal;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * One diagnostic as tools outside the editor report it (CLI, audit, language server): located,
 * with a stable code and, for arithmetic findings, the expected and actual value of the cell.
 *
 * @param actual null when the cell is blank
 * @param fingerprint the finding's stable identity ({@link Fingerprints}), null until a tool assigns it
 */
public record Finding(String file, int line, int column, int endLine, int endColumn, String severity, String code,
		String message, BigDecimal expected, BigDecimal actual, String table, String row, String col,
		String fingerprint, Published source) {

	/** Where an imported report's finding is in the published file it was imported from. */
	public record Published(String file, int page, int line, int column) {
	}

	/** Issue data layout for cell findings: expected, actual ("" when blank), table, row, column. */
	public static final int DATA_EXPECTED = 0, DATA_ACTUAL = 1, DATA_TABLE = 2, DATA_ROW = 3, DATA_COLUMN = 4;

	public boolean isError() {
		return "error".equals(severity);
	}

	public boolean hasCell() {
		return table != null;
	}

	/** Converts an Xtext issue, mapping Xtext's own codes (syntax, linking) to Nianbao's. */
	public static Finding of(String file, Issue issue) {
		return of(file, issue, null);
	}

	/**
	 * The same, with the message re-rendered from code and data in the given language ("zh" or
	 * "en"; null keeps the issue's message). An issue without data Messages can render (Xtext's
	 * own syntax and linking diagnostics, Xtext's value converters) keeps its message.
	 */
	public static Finding of(String file, Issue issue, String language) {
		String code = issue.getCode();
		if (code == null || Diagnostic.SYNTAX_DIAGNOSTIC.equals(code)) {
			code = IssueCodes.SYNTAX;
		} else if (Diagnostic.LINKING_DIAGNOSTIC.equals(code)) {
			code = IssueCodes.UNRESOLVED_REFERENCE;
		} else if (!code.startsWith("NB")) {
			code = IssueCodes.BAD_VALUE;
		}
		String severity = issue.getSeverity() == Severity.ERROR ? "error"
				: issue.getSeverity() == Severity.WARNING ? "warning" : "info";
		String[] data = issue.getData();
		BigDecimal expected = null, actual = null;
		String table = null, row = null, col = null;
		if (isCellCode(code) && data != null && data.length > DATA_COLUMN) {
			expected = decimal(data[DATA_EXPECTED]);
			actual = decimal(data[DATA_ACTUAL]);
			table = data[DATA_TABLE];
			row = data[DATA_ROW];
			col = data[DATA_COLUMN];
		}
		int line = orOne(issue.getLineNumber());
		int column = orOne(issue.getColumn());
		int endLine = issue.getLineNumberEnd() == null ? line : issue.getLineNumberEnd();
		int endColumn = issue.getColumnEnd() == null ? column : issue.getColumnEnd();
		String message = issue.getMessage();
		// Codes mapped above only become NB001–NB003, for which canRender checks the data's shape
		if (language != null && Messages.canRender(code, data)) {
			message = Messages.renderIn(language, code, data == null ? new String[0] : data);
		}
		return new Finding(file, line, column, endLine, endColumn, severity, code, message, expected, actual, table,
				row, col, null, null);
	}

	/** The same finding with its fingerprint. */
	public Finding withFingerprint(String fp) {
		return new Finding(file, line, column, endLine, endColumn, severity, code, message, expected, actual, table, row,
				col, fp, source);
	}

	/** The same finding with its place in the published file. */
	public Finding withSource(Published published) {
		return new Finding(file, line, column, endLine, endColumn, severity, code, message, expected, actual, table, row,
				col, fingerprint, published);
	}

	/** Codes whose data start with expected, actual, table, row, column: arithmetic and cross-year cells. */
	public static boolean isCellCode(String code) {
		return code.startsWith("NB1") || IssueCodes.CARRY_OVER_MISMATCH.equals(code)
				|| IssueCodes.IN_FORCE_MISMATCH.equals(code);
	}

	private static int orOne(Integer i) {
		return i == null || i < 1 ? 1 : i;
	}

	private static BigDecimal decimal(String s) {
		if (s == null || s.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(s);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** `file:line:col: severity: [code] message`, the format editors and CI logs understand. */
	public String toText() {
		return file + ":" + line + ":" + column + ": " + severity + ": [" + code + "] " + message
				+ (source == null ? "" : "（原文 第" + source.page() + "页第" + source.line() + "行）");
	}
}
