package org.nianbao.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.formatting2.SourceFormatter;
import org.nianbao.io.AtomicFiles;
import org.nianbao.validation.Finding;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `nianbao fmt [--check] FILE...`: formats in place (atomically), or only checks. */
@Command(name = "fmt", mixinStandardHelpOptions = true,
		description = { "格式化报告（对齐表格各列、缩进），原子写回；--check 只检查。", "Format files in place, or check." })
public class FmtCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--check", description = "只检查，不写文件；有未格式化的文件时退出码为 1 (check only)")
	boolean check;

	@Parameters(arity = "1..*", paramLabel = "FILE")
	List<Path> files;

	@Override
	public Integer call() throws IOException {
		var out = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		SourceFormatter formatter = Workspace.injector().getInstance(SourceFormatter.class);
		IResourceValidator validator = Workspace.injector().getInstance(IResourceValidator.class);
		int code = ExitCodes.OK;
		for (Path file : files) {
			XtextResourceSet rs = Workspace.newResourceSet();
			XtextResource resource = Workspace.load(rs, List.of(file)).get(0);
			if (!resource.getErrors().isEmpty()) {
				// Never reformat what did not parse: the text could be lost.
				for (Issue issue : validator.validate(resource, CheckMode.FAST_ONLY, CancelIndicator.NullImpl)) {
					if (issue.isSyntaxError()) {
						err.println(Finding.of(file.toString(), issue).toText());
					}
				}
				code = ExitCodes.FINDINGS;
				continue;
			}
			String original = resource.getParseResult().getRootNode().getText();
			String formatted = formatter.format(resource);
			if (formatted.equals(original)) {
				continue;
			}
			if (check) {
				out.println(file + ": 未格式化 (not formatted)");
				code = ExitCodes.FINDINGS;
			} else {
				try {
					AtomicFiles.write(file, formatted);
				} catch (IOException e) {
					throw new UserError(file + ": 无法写入 (cannot write: " + e.getMessage() + ")", e);
				}
				out.println(file + ": 已格式化 (formatted)");
			}
		}
		return code;
	}
}
