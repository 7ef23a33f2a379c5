package org.nianbao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.validation.Finding;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `nianbao validate FILE...`: syntax, linking and every rule of the report's template. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = { "校验报告：语法、引用和模板声明的全部勾稽关系。", "Validate reports against their templates." })
public class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "要校验的 .nianbao 文件 (files to validate)")
	List<Path> files;

	@Override
	public Integer call() {
		List<Finding> findings = validate(files);
		var out = spec.commandLine().getOut();
		for (Finding f : findings) {
			out.println(f.toText());
		}
		return findings.stream().anyMatch(Finding::isError) ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	/** Loads all files into one resource set and validates each; findings sorted by file and position. */
	public static List<Finding> validate(List<Path> files) {
		XtextResourceSet rs = Workspace.newResourceSet();
		List<XtextResource> resources = Workspace.load(rs, files);
		IResourceValidator validator = Workspace.injector().getInstance(IResourceValidator.class);
		List<Finding> findings = new ArrayList<>();
		for (int i = 0; i < resources.size(); i++) {
			String name = files.get(i).toString();
			for (Issue issue : validator.validate(resources.get(i), CheckMode.ALL, CancelIndicator.NullImpl)) {
				findings.add(Finding.of(name, issue));
			}
		}
		findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
				.thenComparingInt(Finding::column));
		return findings;
	}
}
