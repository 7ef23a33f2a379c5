package org.nianbao.cli;

/** A problem the user can fix (missing file, bad option value): one line, exit 2, no stack trace. */
public class UserError extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public UserError(String message) {
		super(message);
	}

	public UserError(String message, Throwable cause) {
		super(message, cause);
	}
}
