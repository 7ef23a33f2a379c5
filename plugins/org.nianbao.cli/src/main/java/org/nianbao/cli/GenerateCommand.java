package org.nianbao.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.generator.Publisher;
import org.nianbao.generator.Publisher.Format;
import org.nianbao.generator.model.ArithmeticComputer;
import org.nianbao.generator.model.CellComputer;
import org.nianbao.generator.model.ReportView;
import org.nianbao.generator.check.LayoutChecker;
import org.nianbao.generator.docx.ReferenceDoc;
import org.nianbao.generator.office.LibreOffice;
import org.nianbao.nianbao.Report;
import org.nianbao.validation.Finding;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * `nianbao generate [--html] [--docx] [--xlsx] [--pdf] [--check-layout] [--reference-doc ORGAN.docx] [--json] [--csv] [--force] --out-dir DIR FILE...`: publishes
 * validated reports. A report with errors is published only with --force, and then carries them.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = { "发布报告：按官方格式生成 HTML、DOCX、PDF，表格生成 XLSX 工作簿，导出全部单元格为 JSON、CSV（默认 HTML 和 DOCX）。",
				"Publish reports as HTML, DOCX and PDF in the official layout, tables as an XLSX workbook; export cells as JSON/CSV." })
public class GenerateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--html", description = "生成 HTML 页面 (self-contained HTML page)")
	boolean html;

	@Option(names = "--docx", description = "生成 DOCX 文档 (GB/T 9704 layout)")
	boolean docx;

	@Option(names = "--xlsx", description = "生成 XLSX 工作簿：每表一个工作表，官方合并表头，数字为数值，备注为批注 (every table as a worksheet)")
	boolean xlsx;

	@Option(names = "--pdf", description = "由 DOCX 经 LibreOffice 生成 PDF，嵌入字体；须安装 LibreOffice (PDF rendered from the DOCX by LibreOffice, fonts embedded)")
	boolean pdf;

	@Option(names = "--check-layout", description = "用 LibreOffice 排出 DOCX，按 GB/T 9704 检查版式，有偏离时退出码 1 (measure the DOCX against GB/T 9704)")
	boolean checkLayout;

	@Option(names = "--reference-doc", paramLabel = "ORGAN.docx", description = "DOCX 与 PDF 采用该 Word 文件的样式、字体、页面设置和页眉页脚（本机关版式）；默认 GB/T 9704 (take styles, fonts, page setup, header and footer from an organ's Word file, as pandoc's reference docs)")
	Path referenceDoc;

	@Option(names = "--json", description = "导出全部单元格为 JSON (every cell as JSON)")
	boolean json;

	@Option(names = "--csv", description = "导出全部单元格为 CSV (every cell as CSV)")
	boolean csv;

	@Option(names = "--force", description = "报告有错误时仍然生成，HTML 顶部列出错误 (publish despite errors, with a banner)")
	boolean force;

	@Option(names = { "-o", "--out-dir" }, required = true, paramLabel = "DIR", description = "输出目录 (output directory)")
	Path outDir;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "要发布的 .nianbao 文件 (report files)")
	List<Path> files;

	@Override
	public Integer call() {
		var out = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		Set<Format> formats = formats();
		if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
			throw new UserError(outDir + ": 不是目录 (not a directory)");
		}
		LayoutChecker checker = null;
		if (formats.contains(Format.PDF) || checkLayout) {
			LibreOffice office = requireLibreOffice();
			checker = checkLayout ? new LayoutChecker(office) : null;
		}
		XtextResourceSet rs = Workspace.newResourceSet();
		List<XtextResource> resources = Workspace.load(rs, files);
		IResourceValidator validator = Workspace.injector().getInstance(IResourceValidator.class);
		Set<Path> inputs = new HashSet<>(files);
		Publisher publisher = new Publisher(reference());
		Set<String> names = new HashSet<>();
		int code = ExitCodes.OK;
		for (int i = 0; i < resources.size(); i++) {
			Path file = files.get(i);
			List<Finding> errors = new ArrayList<>();
			org.nianbao.validation.PreviousReports.load(resources.get(i)); // last year's report, before validating
			for (Issue issue : validator.validate(resources.get(i), CheckMode.ALL, CancelIndicator.NullImpl)) {
				Finding f = Finding.of(file.toString(), issue);
				if (f.isError()) {
					errors.add(f);
				}
			}
			errors.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
			for (Finding f : errors) {
				err.println(f.toText());
			}
			if (!errors.isEmpty()) {
				code = ExitCodes.FINDINGS;
				if (!force) {
					err.println(file + ": 有 " + errors.size() + " 处错误，未生成；确需生成请加 --force (not generated: errors; use --force)");
					continue;
				}
			}
			List<Report> reports = resources.get(i).getContents().isEmpty() ? List.of()
					: EcoreUtil2.getAllContentsOfType(resources.get(i).getContents().get(0), Report.class);
			if (reports.isEmpty()) {
				// e.g. a file of templates only: nothing to publish, nothing wrong
				err.println(file + ": 没有报告，跳过 (no report in file, skipped)");
				continue;
			}
			String base = baseName(file);
			for (Report report : reports) {
				if (report.getTemplate() == null || report.getTemplate().eIsProxy()) {
					continue; // unresolved template: reported above as an error
				}
				String name = reports.size() == 1 ? base : base + "." + report.getName();
				if (!names.add(name)) {
					// two inputs with the same base name (a/x.nianbao, b/x.nianbao) would overwrite each other
					err.println(file + ": 输出文件名 " + name + " 与前一个输入重复，未生成 (output name clash, skipped)");
					code = ExitCodes.USAGE;
					continue;
				}
				ReportView view = ReportView.of(report, file.toString(), errors, computer());
				try {
					for (Path written : publisher.publish(view, outDir, name, formats, inputs)) {
						out.println(written);
					}
					if (checker != null) {
						Path docxFile = Publisher.target(outDir, name, Format.DOCX);
						byte[] docxBytes = formats.contains(Format.DOCX) ? Files.readAllBytes(docxFile)
								: publisher.render(view, Format.DOCX);
						if (CheckLayoutCommand.report(out, docxFile.toString(), checker, docxBytes, false) > 0) {
							code = Math.max(code, ExitCodes.FINDINGS);
						}
					}
				} catch (Publisher.OverwriteException e) {
					throw new UserError(e.getMessage(), e);
				} catch (LibreOffice.ConversionException e) {
					throw new UserError(file + ": " + e.getMessage(), e);
				} catch (IOException e) {
					throw new UserError(outDir + ": 无法写入 (" + e.getMessage() + ")", e);
				}
			}
		}
		return code;
	}

	/** The built-in official layout, or the organ's reference DOCX (read before any report). */
	private ReferenceDoc reference() {
		if (referenceDoc == null) {
			return ReferenceDoc.builtin();
		}
		try {
			return ReferenceDoc.of(referenceDoc.getFileName().toString(), Files.readAllBytes(referenceDoc));
		} catch (IOException e) {
			throw new UserError(referenceDoc + ": 无法用作参考文档 (cannot be used as a reference DOCX: " + e.getMessage() + ")", e);
		}
	}

	private Set<Format> formats() {
		Set<Format> formats = EnumSet.noneOf(Format.class);
		if (html) {
			formats.add(Format.HTML);
		}
		if (docx) {
			formats.add(Format.DOCX);
		}
		if (xlsx) {
			formats.add(Format.XLSX);
		}
		if (pdf) {
			formats.add(Format.PDF);
		}
		if (json) {
			formats.add(Format.JSON);
		}
		if (csv) {
			formats.add(Format.CSV);
		}
		if (formats.isEmpty()) {
			formats.add(Format.HTML);
			formats.add(Format.DOCX);
		}
		return formats;
	}

	/** Before any report is read: without LibreOffice there is no PDF, and the run says so in one line. */
	static LibreOffice requireLibreOffice() {
		try {
			return LibreOffice.locate();
		} catch (LibreOffice.NotInstalledException e) {
			throw new UserError(e.getMessage(), e);
		}
	}

	/** The input's name without its extension: gangkou-2024.nianbao → gangkou-2024. */
	static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	static CellComputer computer() {
		return Workspace.injector().getInstance(ArithmeticComputer.class);
	}
}
