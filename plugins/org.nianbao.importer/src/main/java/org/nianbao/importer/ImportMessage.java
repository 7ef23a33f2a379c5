package org.nianbao.importer;

/** A remark of the importer about its input: located at an input line, with a stable code. */
public record ImportMessage(int line, String severity, String code, String message) {

	public static final String ERROR = "error", WARNING = "warning", INFO = "info";

	public boolean isError() {
		return ERROR.equals(severity);
	}
}
