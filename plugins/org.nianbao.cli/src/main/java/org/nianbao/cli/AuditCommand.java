package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.importer.ImportException;
import org.nianbao.importer.ImportMessage;
import org.nianbao.importer.Importer;
import org.nianbao.importer.Importer.TemplateChoice;
import org.nianbao.importer.audit.AuditSummary;
import org.nianbao.importer.audit.AuditWriters;
import org.nianbao.io.AtomicFiles;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.Report;
import org.nianbao.validation.Finding;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `nianbao audit [--previous-dir DIR] [--csv F] [--json F] [--html F] (DIR|INPUT...)`: imports what
 * is not `.nianbao` yet, validates every report (against last year's when given) and summarises.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
		description = { "批量审核：导入尚未导入的年报，逐一校验，输出汇总（CSV/JSON/HTML）。",
				"Audit a batch of reports: import, validate, summarise." })
public class AuditCommand implements Callable<Integer> {

	/** Inputs the audit picks up from a directory. */
	static final List<String> EXTENSIONS = List.of(".nianbao", ".txt", ".html", ".htm", ".docx", ".pdf");
	/** How many findings the per-report summary quotes. */
	static final int FIRST_FINDINGS = 3;

	@Spec
	CommandSpec spec;

	@Option(names = "--previous-dir", paramLabel = "DIR", description = "上一年度的报告所在目录，用于跨年度核对 (last year's reports)")
	Path previousDir;

	@Option(names = "--csv", paramLabel = "F", description = "汇总 CSV（每份报告一行）；问题表写到同名 .findings.csv (summary CSV)")
	Path csv;

	@Option(names = "--json", paramLabel = "F", description = "汇总 JSON (summary JSON)")
	Path json;

	@Option(names = "--html", paramLabel = "F", description = "汇总网页，自带图表 (self-contained HTML summary)")
	Path html;

	@Parameters(arity = "1..*", paramLabel = "DIR|INPUT", description = "目录或文件 (directories or files)")
	List<Path> inputs;

	/** One input on its way through the audit. */
	private static final class Item {
		final Path input;
		Path report; // the .nianbao validated: the input itself or its import
		String failure;
		List<ImportMessage> importMessages = List.of();

		Item(Path input) {
			this.input = input;
		}
	}

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		List<Path> files = collect(inputs);
		if (files.isEmpty()) {
			throw new UserError("没有可审核的文件（.nianbao .txt .html .htm .docx .pdf）(nothing to audit)");
		}
		Path work = Files.createTempDirectory("nianbao-audit-");
		Importer importer = ImportCommand.importer();
		List<Previous> previous = previousReports(importer, work.resolve("previous"), err);
		Progress progress = new Progress(err, files.size(), Progress.onTerminal());
		AuditSummary summary = new AuditSummary();
		int n = 0;
		for (Path f : files) {
			Item item = prepare(importer, f, work.resolve("current"), n++);
			AuditSummary.Entry entry = audit(item, previous, summary);
			summary.reports.add(entry);
			progress.step(f, entry);
		}
		progress.done();
		printSummary(out, summary);
		if (csv != null) {
			AtomicFiles.write(csv, AuditWriters.reportsCsv(summary));
			AtomicFiles.write(siblingFindings(csv), AuditWriters.findingsCsv(summary));
		}
		if (json != null) {
			AtomicFiles.write(json, AuditWriters.json(summary));
		}
		if (html != null) {
			AtomicFiles.write(html, AuditWriters.html(summary, "政府信息公开工作年度报告审核汇总"));
		}
		out.println("导入结果保存在 " + work + " (imported reports kept there)");
		return summary.errorCount() > 0 || summary.failedInputs() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	static Path siblingFindings(Path csv) {
		String name = csv.getFileName().toString();
		String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
		return csv.resolveSibling(base + ".findings.csv");
	}

	/** Files given, and the supported files in directories given (recursively, sorted). */
	static List<Path> collect(List<Path> inputs) throws IOException {
		List<Path> result = new ArrayList<>();
		for (Path p : inputs) {
			if (Files.isDirectory(p)) {
				try (Stream<Path> s = Files.walk(p, 8)) {
					s.filter(Files::isRegularFile).filter(AuditCommand::supported).sorted().forEach(result::add);
				}
			} else if (Files.exists(p)) {
				result.add(p);
			} else {
				throw new UserError(p + ": 文件不存在 (no such file)");
			}
		}
		return result;
	}

	private static boolean supported(Path p) {
		String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
		return EXTENSIONS.stream().anyMatch(n::endsWith);
	}

	private static boolean isReport(Path p) {
		return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".nianbao");
	}

	/** Imports an input that is not a report yet; a failure is recorded, never thrown. */
	private static Item prepare(Importer importer, Path f, Path dir, int index) {
		Item item = new Item(f);
		if (isReport(f)) {
			item.report = f;
			return item;
		}
		try {
			Importer.Result r = importer.importFile(f, TemplateChoice.AUTO);
			Path target = dir.resolve(String.format("%04d-%s.nianbao", index, ImportCommand.baseName(f)));
			AtomicFiles.write(target, r.source());
			item.report = target;
			item.importMessages = r.messages();
		} catch (ImportException e) {
			item.failure = "导入失败：" + e.getMessage();
			item.importMessages = List.of(new ImportMessage(e.line(), ImportMessage.ERROR, e.code(), e.getMessage()));
		} catch (IOException | RuntimeException e) {
			item.failure = "无法读取：" + e.getMessage();
			item.importMessages = List.of(new ImportMessage(1, ImportMessage.ERROR, "NB050", "无法读取：" + e.getMessage()));
		}
		return item;
	}

	/** A report of last year: its organ, year and file (an import when the input was not a report). */
	record Previous(String organ, Integer year, Path file) {
	}

	/** Last year's reports (imported first when needed). */
	private List<Previous> previousReports(Importer importer, Path dir, PrintWriter err) throws IOException {
		List<Previous> result = new ArrayList<>();
		if (previousDir == null) {
			return result;
		}
		if (!Files.isDirectory(previousDir)) {
			throw new UserError(previousDir + ": 不是目录 (not a directory)");
		}
		int n = 0;
		for (Path f : collect(List.of(previousDir))) {
			Item item = prepare(importer, f, dir, n++);
			if (item.report == null) {
				err.println(f + ": 上年报告无法导入，跳过 (" + item.failure + ")");
				continue;
			}
			Report r = load(item.report);
			if (r != null && r.getOrgan() != null) {
				result.add(new Previous(r.getOrgan(), r.getYear() == null ? null : r.getYear().intValue(), item.report));
			}
		}
		return result;
	}

	private static Report load(Path file) {
		try {
			XtextResource res = Workspace.load(Workspace.newResourceSet(), List.of(file)).get(0);
			if (!res.getContents().isEmpty() && res.getContents().get(0) instanceof NianbaoFile nf) {
				for (var e : nf.getElements()) {
					if (e instanceof Report r) {
						return r;
					}
				}
			}
		} catch (RuntimeException e) {
			return null;
		}
		return null;
	}

	private AuditSummary.Entry audit(Item item, List<Previous> previous, AuditSummary summary) {
		String shown = item.input.toString();
		List<AuditSummary.Item> found = new ArrayList<>();
		for (ImportMessage m : item.importMessages) {
			if (!ImportMessage.INFO.equals(m.severity())) {
				found.add(new AuditSummary.Item(shown, m.line(), 1, m.severity(), m.code(), m.message()));
			}
		}
		String organ = null, template = null;
		Integer year = null;
		String status = "ok";
		if (item.report == null) {
			status = "import-failed";
		} else {
			Report report = load(item.report);
			if (report != null) {
				organ = report.getOrgan();
				year = report.getYear() == null ? null : report.getYear().intValue();
				template = report.getTemplate() == null || report.getTemplate().eIsProxy() ? null
						: report.getTemplate().getName();
			}
			try {
				Previous last = match(previous, organ, year);
				for (Finding f : Validation.validate(item.report, last == null ? null : last.file())) {
					// Findings of an imported report point into its import (the .nianbao), of others into the input.
					String where = item.report.equals(item.input) ? shown : shown + " → " + item.report.getFileName();
					found.add(new AuditSummary.Item(where, f.line(), f.column(), f.severity(), f.code(), f.message()));
				}
			} catch (RuntimeException e) {
				status = "validation-failed";
				found.add(new AuditSummary.Item(shown, 1, 1, "error", "NB003", "校验失败：" + e));
			}
		}
		summary.findings.addAll(found);
		int errors = (int) found.stream().filter(AuditSummary.Item::isError).count();
		int warnings = (int) found.stream().filter(f -> "warning".equals(f.severity())).count();
		List<String> first = found.stream()
				.sorted(Comparator.comparing((AuditSummary.Item f) -> f.isError() ? 0 : 1))
				.limit(FIRST_FINDINGS).map(f -> "[" + f.code() + "] " + f.message()).toList();
		return new AuditSummary.Entry(shown, organ, year, template, errors, warnings, first, status);
	}

	/**
	 * Last year's report of the same organ: the same name, or one name containing the other (a page
	 * may print "港口镇" where the report says "中山市港口镇人民政府"), and the year before when both are known.
	 */
	static Previous match(List<Previous> previous, String organ, Integer year) {
		if (organ == null) {
			return null;
		}
		Previous best = null;
		for (Previous p : previous) {
			boolean sameOrgan = p.organ().equals(organ) || p.organ().contains(organ) || organ.contains(p.organ());
			boolean yearFits = year == null || p.year() == null || p.year() == year - 1;
			if (sameOrgan && yearFits && (best == null || p.organ().equals(organ))) {
				best = p;
			}
		}
		return best;
	}

	private static void printSummary(PrintWriter out, AuditSummary s) {
		out.println();
		out.println("文件 | 机关 | 年度 | 模板 | 错误 | 警告 | 首要问题");
		for (AuditSummary.Entry e : s.reports) {
			out.println(String.join(" | ", e.input(), nz(e.organ()), e.year() == null ? "" : e.year().toString(),
					nz(e.template()), String.valueOf(e.errors()), String.valueOf(e.warnings()),
					e.firstFindings().isEmpty() ? "" : e.firstFindings().get(0)));
		}
		out.println();
		out.println("共 " + s.reports.size() + " 份报告，" + s.reportsWithErrors() + " 份有错误，" + s.failedInputs() + " 份未能导入或校验；错误 "
				+ s.errorCount() + " 个，警告 " + s.warningCount() + " 个 (reports, with errors, failed; errors, warnings)");
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	/** A progress bar on a terminal, one plain line per input otherwise (logs, pipes). */
	static final class Progress {
		private final PrintWriter err;
		private final int total;
		private final boolean terminal;
		private int done;

		Progress(PrintWriter err, int total, boolean terminal) {
			this.err = err;
			this.total = total;
			this.terminal = terminal;
		}

		void step(Path input, AuditSummary.Entry e) {
			done++;
			if (terminal) {
				int width = 30, filled = total == 0 ? width : done * width / total;
				err.print("\r[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total + " "
						+ input.getFileName() + "\u001b[K");
			} else {
				err.println("[" + done + "/" + total + "] " + input + ": " + (!"ok".equals(e.status()) ? e.status() + ", " : "")
						+ e.errors() + " 个错误，" + e.warnings() + " 个警告");
			}
			err.flush();
		}

		/**
		 * Whether stderr goes to a terminal. Since JDK 22 there is a console even when output is
		 * redirected; its isTerminal() (looked up reflectively, the code targets 21) tells the truth.
		 */
		static boolean onTerminal() {
			java.io.Console c = System.console();
			if (c == null) {
				return false;
			}
			try {
				return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
			} catch (ReflectiveOperationException e) {
				return true;
			}
		}

		void done() {
			if (terminal) {
				err.println();
			}
		}
	}
}
