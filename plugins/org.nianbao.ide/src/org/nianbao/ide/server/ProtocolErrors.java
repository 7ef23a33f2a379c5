package org.nianbao.ide.server;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Turns what a request threw into its error response: the error a handler meant (its code kept),
 * otherwise -32603 with the exception's class and the start of its message. Never a stack trace
 * (LSP4J's default puts one in the response's data) and never more than {@link #MAX_MESSAGE}
 * characters: an exception's message can hold a whole document.
 */
public final class ProtocolErrors implements Function<Throwable, ResponseError> {

	/** Longest message sent to a client, in characters. */
	public static final int MAX_MESSAGE = 300;

	@Override
	public ResponseError apply(Throwable thrown) {
		Throwable t = unwrap(thrown);
		if (t instanceof ResponseErrorException e && e.getResponseError() != null) {
			ResponseError meant = e.getResponseError();
			return new ResponseError(meant.getCode(), shorten(meant.getMessage()), small(meant.getData()));
		}
		String message = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
		return new ResponseError(ResponseErrorCode.InternalError, "Internal error: " + shorten(message), null);
	}

	private static Throwable unwrap(Throwable t) {
		Throwable current = t;
		while ((current instanceof CompletionException || current instanceof ExecutionException
				|| current instanceof InvocationTargetException) && current.getCause() != null) {
			current = current.getCause();
		}
		return current;
	}

	/** The first line of the message, cut to {@link #MAX_MESSAGE} characters. */
	static String shorten(String message) {
		if (message == null) {
			return "";
		}
		int newline = message.indexOf('\n');
		String line = newline < 0 ? message : message.substring(0, newline);
		return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE - 1) + "…";
	}

	/** Data of a meant error only when it is small (a code's parameters, not a document or a trace). */
	private static Object small(Object data) {
		return data == null || String.valueOf(data).length() > MAX_MESSAGE ? null : data;
	}
}
