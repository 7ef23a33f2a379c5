package org.nianbao.cli;

import java.util.concurrent.Callable;

import org.nianbao.ide.server.NianbaoServerLauncher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `nianbao lsp [--stdio | --port N]`: the language server, over stdio or on a local socket. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = { "启动语言服务器（LSP）：默认使用标准输入输出；--port 时监听本机端口。",
				"Run the language server over stdio, or on 127.0.0.1:PORT." })
public class LspCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--port", paramLabel = "N",
			description = "监听 127.0.0.1 的端口（0 表示任选空闲端口，实际端口打印到标准错误）(listen on a local port)")
	Integer port;

	/** What many clients pass by convention (VS Code's client with a stdio transport, Helix, Zed…). */
	@Option(names = "--stdio", description = "使用标准输入输出（默认）(over stdio, the default)")
	boolean stdio;

	@Override
	public Integer call() throws Exception {
		if (stdio && port != null) {
			throw new UserError("--stdio 与 --port 不能同时使用 (--stdio and --port exclude each other)");
		}
		if (port == null) {
			NianbaoServerLauncher.runStdio();
			return ExitCodes.OK;
		}
		if (port < 0 || port > 65535) {
			throw new UserError("--port " + port + ": 端口应在 0–65535 之间 (port out of range)");
		}
		var err = spec.commandLine().getErr();
		try {
			NianbaoServerLauncher.runSocket(port, actual -> {
				err.println("nianbao lsp: 正在监听 127.0.0.1:" + actual + " (listening)");
				err.flush();
			});
		} catch (java.net.BindException e) {
			throw new UserError("--port " + port + ": 端口无法使用 (" + e.getMessage() + ")", e);
		}
		return ExitCodes.OK;
	}
}
