package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.nianbao.importer.ArithmeticRowChecker;
import org.nianbao.importer.ImportException;
import org.nianbao.importer.ImportMessage;
import org.nianbao.importer.Importer;
import org.nianbao.importer.Importer.TemplateChoice;
import org.nianbao.importer.ReportPrinter;
import org.nianbao.io.AtomicFiles;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `nianbao import [--template auto|2019|2021] (-o FILE | --out-dir DIR) INPUT...`. */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "导入已发布的年报（文本、HTML、DOCX、PDF），按模板写成 .nianbao 文件。",
				"Import published reports (text, HTML, DOCX, PDF) as .nianbao files." })
public class ImportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--template", paramLabel = "auto|2019|2021", defaultValue = "auto",
			description = "模板：auto 按表格形状选择（默认）、2019 试行版或 2021 版 (template; default: auto)")
	String template;

	static class Output {
		@Option(names = "-o", paramLabel = "FILE", description = "输出文件（仅一个输入时）(output file)")
		Path file;

		@Option(names = "--out-dir", paramLabel = "DIR", description = "输出目录，文件按输入的基本名命名 (output directory)")
		Path dir;
	}

	@ArgGroup(exclusive = true, multiplicity = "1")
	Output output;

	@Parameters(arity = "1..*", paramLabel = "INPUT", description = "已发布的年报：.txt、.html、.docx、.pdf (published reports)")
	List<Path> inputs;

	@Override
	public Integer call() {
		TemplateChoice choice;
		try {
			choice = TemplateChoice.parse(template);
		} catch (IllegalArgumentException e) {
			throw new ParameterException(spec.commandLine(), "--template 只能是 auto、2019 或 2021 (got " + template + ")");
		}
		if (output.file != null && inputs.size() > 1) {
			throw new ParameterException(spec.commandLine(), "-o 只能用于一个输入；多个输入请用 --out-dir (-o takes one input)");
		}
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Importer importer = importer();
		int code = ExitCodes.OK;
		for (Path input : inputs) {
			Workspace.checkReadable(input);
			Path target = output.file != null ? output.file : output.dir.resolve(baseName(input) + ".nianbao");
			if (sameFile(input, target)) {
				throw new UserError(input + ": 输出会覆盖输入，已拒绝 (output would overwrite the input)");
			}
			code = Math.max(code, importOne(importer, choice, input, target, out, err));
		}
		return code;
	}

	static Importer importer() {
		return new Importer(Workspace.injector(), new ArithmeticRowChecker());
	}

	/** Imports one input; messages to err as `file:line:col: severity: [code] message`. */
	static int importOne(Importer importer, TemplateChoice choice, Path input, Path target, PrintWriter out,
			PrintWriter err) {
		try {
			Importer.Result result = importer.importFile(input, choice);
			for (ImportMessage m : result.messages()) {
				if (!ImportMessage.INFO.equals(m.severity())) {
					err.println(input + ":" + m.line() + ":1: " + m.severity() + ": [" + m.code() + "] " + m.message());
				}
			}
			AtomicFiles.write(target, result.source());
			out.println(input + " → " + target + "（" + result.templateName() + "）");
			return result.hasErrors() ? ExitCodes.FINDINGS : ExitCodes.OK;
		} catch (ImportException e) {
			err.println(input + ":" + e.line() + ":1: error: [" + e.code() + "] " + e.getMessage());
			removeStale(target, err);
			return ExitCodes.FINDINGS;
		} catch (IOException e) {
			throw new UserError(input + ": 读写失败 (" + e.getMessage() + ")", e);
		}
	}

	/** A failed import leaves nothing under the output name: an older import there would pass for this one. */
	private static void removeStale(Path target, PrintWriter err) {
		try {
			if (Files.isRegularFile(target) && Files.readString(target).startsWith(ReportPrinter.HEADER)) {
				Files.delete(target);
				err.println(target + ": 已删除上次导入的旧文件 (removed stale output of an earlier import)");
			}
		} catch (IOException e) {
			err.println(target + ": 无法删除旧文件 (" + e.getMessage() + ")");
		}
	}

	static String baseName(Path input) {
		String n = input.getFileName().toString();
		int dot = n.lastIndexOf('.');
		return dot > 0 ? n.substring(0, dot) : n;
	}

	private static boolean sameFile(Path a, Path b) {
		return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
	}
}
