package org.nianbao.ide.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** Starts the Nianbao language server on a pair of streams (stdio) or on a local socket. */
public final class NianbaoServerLauncher {
	private NianbaoServerLauncher() {
	}

	/** `java -cp … NianbaoServerLauncher [--port N]`: what `nianbao lsp` runs, without the CLI. */
	public static void main(String[] args) throws Exception {
		if (args.length == 2 && "--port".equals(args[0])) {
			runSocket(Integer.parseInt(args[1]), port -> System.err.println("listening on 127.0.0.1:" + port));
		} else {
			runStdio();
		}
	}

	/**
	 * Connects a new server to the streams; the future completes when the input ends.
	 *
	 * @param onExit run on the protocol's `exit` notification
	 */
	public static Future<Void> start(InputStream in, OutputStream out, Runnable onExit) {
		return start(Guice.createInjector(NianbaoServerModule.create(onExit)), in, out);
	}

	/**
	 * The same with an injector made from {@link NianbaoServerModule} (tests override a binding to
	 * look into the server's state).
	 */
	static Future<Void> start(Injector injector, InputStream in, OutputStream out) {
		LanguageServerImpl server = (LanguageServerImpl) injector.getInstance(LanguageServer.class);
		// errors answered with their LSP codes and without stack traces or document text
		Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>().setLocalService(server)
				.setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out)
				.setExceptionHandler(new ProtocolErrors())
				.wrapMessages(consumer -> consumer instanceof RemoteEndpoint endpoint
						? new RequestGuard(endpoint, server::supportedMethods)
						: consumer)
				.setExecutorService(injector.getInstance(ExecutorService.class)).create();
		server.connect(launcher.getRemoteProxy());
		return launcher.startListening();
	}

	/**
	 * Serves the protocol over stdin/stdout until the client closes the input. Anything else that
	 * writes to System.out (a library's logging) goes to stderr, so it cannot corrupt the protocol.
	 */
	public static void runStdio() throws Exception {
		InputStream in = System.in;
		PrintStream out = System.out;
		System.setOut(System.err);
		// The protocol's `exit` ends the process; closing stdin without it ends the future below.
		start(in, out, () -> System.exit(0)).get();
	}

	/**
	 * Listens on 127.0.0.1:port (0 picks a free port) and serves each connection with its own
	 * server, one after another, until the process ends.
	 *
	 * @param onListening receives the actual port once the socket is bound
	 */
	public static void runSocket(int port, IntConsumer onListening) throws IOException {
		try (ServerSocket serverSocket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
			onListening.accept(serverSocket.getLocalPort());
			while (!serverSocket.isClosed()) {
				try (Socket socket = serverSocket.accept()) {
					start(socket.getInputStream(), socket.getOutputStream(), () -> closeQuietly(socket)).get();
				} catch (java.util.concurrent.ExecutionException e) {
					// one broken connection must not stop the server
					System.err.println("nianbao lsp: 连接中断 (connection ended): " + e.getCause());
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		} catch (IOException e) {
			// already closed by the client: nothing left to do
		}
	}
}
