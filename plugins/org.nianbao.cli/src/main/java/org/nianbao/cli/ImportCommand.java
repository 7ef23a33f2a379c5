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

/** `nianbao import [--template auto|2019|2021|NAME|FILE] (-o FILE | --out-dir DIR) INPUT...`. */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = { "导入已发布的年报（文本、HTML、DOCX、PDF），按模板写成 .nianbao 文件。",
				"Import published reports (text, HTML, DOCX, PDF) as .nianbao files." })
public class ImportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--template", paramLabel = "auto|2019|2021|NAME|FILE", defaultValue = "auto",
			description = { "模板：auto 按原文与各模板（国家格式、输入所在目录中的模板）的吻合度选择（默认）；2019 试行版、2021 版；",
					"模板名；或声明模板的 .nianbao 文件 (template; default: auto, by evidence among the national ones and the input folder's)" })
	String template;

	/** What `--template` asks for: a national choice, a template by name, and the template files to see. */
	record Selection(TemplateChoice choice, String name, List<Path> files, java.util.Map<Path, List<Path>> folders) {
		Selection(TemplateChoice choice, String name, List<Path> files) {
			this(choice, name, files, new java.util.HashMap<>());
		}

		/** The templates visible for an input: those the option named, then those of the input's folder (looked at once a folder). */
		List<Path> filesFor(Path input) {
			List<Path> all = new java.util.ArrayList<>(files);
			Path folder = input.toAbsolutePath().normalize().getParent();
			for (Path f : folders.computeIfAbsent(folder, Importer::templateFiles)) {
				if (all.stream().noneMatch(a -> a.toAbsolutePath().normalize().equals(f.toAbsolutePath().normalize()))) {
					all.add(f);
				}
			}
			return all;
		}
	}

	static Selection selection(String template, Importer importer, CommandSpec spec) {
		try {
			return new Selection(TemplateChoice.parse(template), null, List.of());
		} catch (IllegalArgumentException notNational) {
			Path file = Path.of(template);
			if (template.endsWith(".nianbao") || Files.isRegularFile(file)) {
				Workspace.checkReadable(file);
				List<String> names;
				try {
					names = importer.templateNames(file);
				} catch (ImportException e) {
					throw new UserError(file + ": " + e.getMessage());
				}
				if (names.isEmpty()) {
					throw new ParameterException(spec.commandLine(), "--template " + template + "：文件中没有声明模板 (declares no template)");
				}
				return new Selection(TemplateChoice.AUTO, names.get(0), List.of(file));
			}
			// a template's name: a national one's, or one declared in the input's folder
			return new Selection(TemplateChoice.AUTO, template, List.of());
		}
	}

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
		if (output.file != null && inputs.size() > 1) {
			throw new ParameterException(spec.commandLine(), "-o 只能用于一个输入；多个输入请用 --out-dir (-o takes one input)");
		}
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Importer importer = importer();
		Selection choice = selection(template, importer, spec);
		if (choice.name() != null && choice.files().isEmpty()) {
			// a template named: it must be a national one or one declared in an input's folder
			java.util.Set<String> known = new java.util.TreeSet<>(List.of(org.nianbao.library.Library.GOV_2021_TEMPLATE,
					org.nianbao.library.Library.GOV_2019_TEMPLATE));
			for (Path input : inputs) {
				for (Path f : choice.filesFor(input)) {
					try {
						known.addAll(importer.templateNames(f));
					} catch (ImportException e) {
						// a folder's file that does not read offers no template
					}
				}
			}
			if (!known.contains(choice.name())) {
				throw new ParameterException(spec.commandLine(), "--template：找不到模板“" + choice.name() + "”；可用的模板："
						+ String.join("、", known) + "，或 auto、2019、2021、声明模板的 .nianbao 文件 (unknown template)");
			}
		}
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
	static int importOne(Importer importer, Selection choice, Path input, Path target, PrintWriter out,
			PrintWriter err) {
		try {
			Importer.Result result = importer.importFile(input, choice.choice(), choice.filesFor(input), choice.name());
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
