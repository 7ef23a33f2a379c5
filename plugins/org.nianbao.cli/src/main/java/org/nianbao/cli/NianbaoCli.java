package org.nianbao.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/** Entry point: maps every failure to an exit code in one place. */
public final class NianbaoCli {
	private NianbaoCli() {
	}

	/** Subcommands that parse reports, and so need the language's injector. */
	private static final java.util.Set<String> USE_THE_LANGUAGE = java.util.Set.of("validate", "fmt", "generate", "import",
			"audit");

	public static void main(String[] args) {
		if (args.length > 0 && USE_THE_LANGUAGE.contains(args[0])) {
			// The injector and the national template take most of a cold start; building them on the
			// second core while picocli parses the command line saves a fifth of the wall time.
			Workspace.prepareInBackground();
		}
		System.exit(run(args));
	}

	/** Runs the command line with UTF-8 streams; returns the exit code (testable without exiting). */
	public static int run(String... args) {
		PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
		PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
		return run(out, err, args);
	}

	public static int run(PrintWriter out, PrintWriter err, String... args) {
		CommandLine cl = new CommandLine(new NianbaoCommand());
		Class<?> named = args.length > 0 ? NianbaoCommand.SUBCOMMANDS.get(args[0]) : null;
		NianbaoCommand.SUBCOMMANDS.forEach((name, command) -> {
			// help, version and mistyped names list them all
			if (named == null || command == named) {
				cl.addSubcommand(name, command);
			}
		});
		cl.setOut(out);
		cl.setErr(err);
		cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
		cl.setParameterExceptionHandler((ex, a) -> {
			err.println("nianbao: " + ex.getMessage());
			err.println("用法见 nianbao " + subcommandName(ex.getCommandLine()) + "--help");
			return ExitCodes.USAGE;
		});
		cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
			if (ex instanceof UserError) {
				err.println("nianbao: " + ex.getMessage());
			} else {
				// An internal failure: one line for the user; the trace only when asked for.
				err.println("nianbao: 内部错误：" + ex);
				if (System.getenv("NIANBAO_DEBUG") != null) {
					ex.printStackTrace(err);
				}
			}
			return ExitCodes.USAGE;
		});
		int code;
		try {
			code = cl.execute(args);
		} catch (NoClassDefFoundError e) {
			// picocli passes errors through; a class missing here means an incomplete install, most
			// likely the DOCX libraries the jar names in its Class-Path (lib/ beside it)
			err.println("nianbao: 安装不完整，缺少类 " + e.getMessage() + "（命令行 jar 旁的 lib/ 目录是否齐全？）"
					+ " incomplete installation: is the lib/ folder beside the jar complete?");
			code = ExitCodes.USAGE;
		}
		out.flush();
		err.flush();
		return code;
	}

	private static String subcommandName(CommandLine cl) {
		return cl.getParent() == null ? "" : cl.getCommandName() + " ";
	}
}
