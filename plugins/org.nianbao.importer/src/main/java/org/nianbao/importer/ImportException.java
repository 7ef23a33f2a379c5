package org.nianbao.importer;

/** The import stopped: a one-line message located at the input line where it stopped. */
public class ImportException extends Exception {
	private static final long serialVersionUID = 1L;

	private final int line;
	private final String code;

	public ImportException(int line, String code, String message) {
		super(message);
		this.line = Math.max(1, line);
		this.code = code;
	}

	public ImportException(int line, String code, String message, Throwable cause) {
		super(message, cause);
		this.line = Math.max(1, line);
		this.code = code;
	}

	public int line() {
		return line;
	}

	public String code() {
		return code;
	}
}
