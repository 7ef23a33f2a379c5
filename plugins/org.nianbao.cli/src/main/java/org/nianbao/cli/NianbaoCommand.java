package org.nianbao.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `nianbao`: the top-level command; one class per subcommand. */
@Command(name = "nianbao", mixinStandardHelpOptions = true, version = "nianbao 0.1.0",
		description = { "年报：编写、校验、发布政府信息公开工作年度报告。",
				"Write, check and publish annual reports (政府信息公开工作年度报告)." },
		subcommands = { ValidateCommand.class, FmtCommand.class, GenerateCommand.class, ImportCommand.class,
				AuditCommand.class, LspCommand.class },
		footer = { "", "退出码 Exit codes: 0 无错误 (clean), 1 发现错误 (errors found), 2 用法或读写错误 (usage/IO)." })
public class NianbaoCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "缺少子命令 (missing subcommand)");
	}
}
