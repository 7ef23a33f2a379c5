package org.nianbao.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `nianbao`: the top-level command; one class per subcommand. */
@Command(name = "nianbao", mixinStandardHelpOptions = true, version = "nianbao 0.1.0",
		description = { "年报：编写、校验、发布政府信息公开工作年度报告。",
				"Write, check and publish annual reports (政府信息公开工作年度报告)." },
		footer = { "", "退出码 Exit codes: 0 无错误 (clean), 1 发现错误 (errors found), 2 用法或读写错误 (usage/IO)." })
public class NianbaoCommand implements Runnable {

	/**
	 * The subcommands, in help order. {@link NianbaoCli} registers only the one a run names:
	 * picocli builds its model of every registered command by reflection, a quarter of a second of
	 * a cold start for all six, taken from the core that builds the language's injector.
	 */
	static final Map<String, Class<?>> SUBCOMMANDS;
	static {
		Map<String, Class<?>> commands = new LinkedHashMap<>();
		commands.put("validate", ValidateCommand.class);
		commands.put("fmt", FmtCommand.class);
		commands.put("generate", GenerateCommand.class);
		commands.put("check-layout", CheckLayoutCommand.class);
		commands.put("import", ImportCommand.class);
		commands.put("audit", AuditCommand.class);
		commands.put("lsp", LspCommand.class);
		SUBCOMMANDS = Collections.unmodifiableMap(commands);
	}

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "缺少子命令 (missing subcommand)");
	}
}
