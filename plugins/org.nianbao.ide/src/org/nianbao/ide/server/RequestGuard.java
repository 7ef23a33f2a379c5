package org.nianbao.ide.server;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

import org.eclipse.lsp4j.jsonrpc.JsonRpcException;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.validation.ReflectiveMessageValidator;

import com.google.gson.JsonNull;

/**
 * Checks each incoming message before the server sees it: a request whose method takes parameters
 * but came with {@code params: null} (or none), or a textDocument request whose parameters lack a
 * required field (a text document, a position), is answered -32602 InvalidParams here; the server
 * would have answered a NullPointerException. Such a notification is dropped: it has no answer.
 */
final class RequestGuard implements MessageConsumer {

	private static final Logger LOG = Logger.getLogger(RequestGuard.class.getName());

	private final MessageConsumer next;
	private final MessageIssueHandler issues;
	/** The server's methods, asked on first use (the server computes them once, lazily). */
	private final Supplier<Map<String, JsonRpcMethod>> methods;
	private final ReflectiveMessageValidator validator = new ReflectiveMessageValidator();

	/** @param endpoint the incoming side: it dispatches to the server and answers issues */
	<E extends MessageConsumer & MessageIssueHandler> RequestGuard(E endpoint, Supplier<Map<String, JsonRpcMethod>> methods) {
		this.next = endpoint;
		this.issues = endpoint;
		this.methods = methods;
	}

	@Override
	public void consume(Message message) throws JsonRpcException {
		if (message instanceof RequestMessage request) {
			String problem = problem(request.getMethod(), request.getParams());
			if (problem != null) {
				issues.handle(request, List.of(new MessageIssue(problem, ResponseErrorCode.InvalidParams.getValue())));
				return;
			}
		} else if (message instanceof NotificationMessage notification
				&& problem(notification.getMethod(), notification.getParams()) != null) {
			LOG.warning("ignored " + ProtocolErrors.shorten(notification.getMethod()) + " without valid params");
			return;
		}
		next.consume(message);
	}

	/** What is wrong with the parameters of a call of the method, or null. */
	private String problem(String method, Object params) {
		JsonRpcMethod declared = method == null ? null : methods.get().get(method);
		if (declared == null || declared.getParameterTypes().length == 0) {
			return null; // unknown methods are answered by the server (MethodNotFound)
		}
		if (params == null || params instanceof JsonNull) {
			return "Invalid params: " + method + " needs params";
		}
		if (method.startsWith("textDocument/") && !validator.isValid(params)) {
			return "Invalid params: " + method + " lacks a required field";
		}
		return null;
	}
}
