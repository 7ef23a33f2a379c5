package org.nianbao.cli;

/** The exit codes scripts rely on, named once. */
public final class ExitCodes {
	private ExitCodes() {
	}

	/** Everything checked out (warnings allowed). */
	public static final int OK = 0;
	/** The inputs have errors (validation findings, unformatted files under --check, failed imports). */
	public static final int FINDINGS = 1;
	/** Usage or I/O problems: bad options, missing or unreadable files. */
	public static final int USAGE = 2;
}
