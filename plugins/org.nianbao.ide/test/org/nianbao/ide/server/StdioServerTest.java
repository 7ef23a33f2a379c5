package org.nianbao.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server in its own JVM over stdin/stdout, spoken to with raw JSON-RPC frames: proves that
 * nothing but protocol reaches stdout and that `exit` ends the process.
 */
class StdioServerTest {

	@TempDir
	Path workspace;

	@Test
	void aChildProcessAnswersInitializeAndPublishesTheDiagnosticOfAnOpenedFault() throws Exception {
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8",
				NianbaoServerLauncher.class.getName()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try {
			OutputStream in = p.getOutputStream();
			InputStream out = new BufferedInputStream(p.getInputStream());
			String root = workspace.toUri().toString();
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\""
					+ root + "\",\"capabilities\":{}}}");
			String init = readUntil(out, "\"id\":1");
			assertTrue(init.contains("\"hoverProvider\":true"), init);
			assertTrue(init.contains("\"documentFormattingProvider\":true"), init);
			send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
			String uri = workspace.resolve("a.nianbao").toUri().toString();
			String text = "report 甲 : 政府信息公开年报2021 {\\n  section 不存在的栏目 {\\n  }\\n}\\n";
			send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\""
					+ uri + "\",\"languageId\":\"nianbao\",\"version\":1,\"text\":\"" + text + "\"}}}");
			String diagnostics = readUntil(out, "\"code\":\"NB002\"");
			assertTrue(diagnostics.contains("\"line\":1,\"character\":10"), diagnostics);
			send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
			readUntil(out, "\"id\":2");
			send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
			assertTrue(p.waitFor(30, TimeUnit.SECONDS), "exit ends the process");
			assertEquals(0, p.exitValue());
		} finally {
			p.destroyForcibly();
		}
	}

	private static void send(OutputStream in, String json) throws IOException {
		byte[] body = json.getBytes(StandardCharsets.UTF_8);
		in.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		in.write(body);
		in.flush();
	}

	/** Reads frames until one contains the needle; every byte must be a well-formed frame. */
	private static String readUntil(InputStream out, String needle) throws IOException {
		StringBuilder seen = new StringBuilder();
		while (true) {
			String header = readHeader(out);
			assertTrue(header.startsWith("Content-Length: "), "not a protocol frame: [" + header + "] after " + seen);
			int length = Integer.parseInt(header.substring("Content-Length: ".length()).trim());
			byte[] body = out.readNBytes(length);
			String message = new String(body, StandardCharsets.UTF_8);
			seen.append(message).append('\n');
			if (message.contains(needle)) {
				return message;
			}
		}
	}

	private static String readHeader(InputStream out) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		String first = null;
		while (true) {
			int b = out.read();
			if (b < 0) {
				throw new AssertionError("server closed stdout");
			}
			line.write(b);
			String s = line.toString(StandardCharsets.US_ASCII);
			if (s.endsWith("\r\n")) {
				if (s.equals("\r\n")) {
					return first;
				}
				if (first == null) {
					first = s;
				}
				line.reset();
			}
		}
	}
}
