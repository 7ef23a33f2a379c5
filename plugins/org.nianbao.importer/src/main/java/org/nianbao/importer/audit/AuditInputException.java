package org.nianbao.importer.audit;

/** A baseline or roster file the audit cannot use: the message says where and why (Chinese, English gloss). */
public class AuditInputException extends Exception {
	private static final long serialVersionUID = 1L;

	public AuditInputException(String message) {
		super(message);
	}

	public AuditInputException(String message, Throwable cause) {
		super(message, cause);
	}
}
