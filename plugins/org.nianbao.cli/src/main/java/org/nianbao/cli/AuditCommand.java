package org.nianbao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.eclipse.xtext.parser.IParseResult;
import org.nianbao.importer.ImportException;
import org.nianbao.importer.ImportMessage;
import org.nianbao.importer.Importer;
import org.nianbao.importer.Importer.TemplateChoice;
import org.nianbao.importer.audit.AuditInputException;
import org.nianbao.importer.audit.AuditSummary;
import org.nianbao.importer.audit.AuditWriters;
import org.nianbao.importer.audit.Baseline;
import org.nianbao.importer.audit.BaselineComparison;
import org.nianbao.importer.audit.BaselineFile;
import org.nianbao.importer.audit.NoticeDraft;
import org.nianbao.importer.audit.Origins;
import org.nianbao.importer.audit.ReportSnapshot;
import org.nianbao.importer.audit.ReportSnapshots;
import org.nianbao.importer.audit.SummaryWorkbook;
import org.nianbao.importer.audit.Roster;
import org.nianbao.importer.audit.RosterCheck;
import org.nianbao.io.AtomicFiles;
import org.nianbao.nianbao.Report;
import org.nianbao.validation.Finding;
import org.nianbao.validation.Fingerprints;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `nianbao audit [--previous-dir DIR] [--csv F] [--json F] [--html F] [--xlsx F] [--notice F.docx] (DIR|INPUT...)`: imports what
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

	@Option(names = "--html", paramLabel = "F", description = "审核网页（单个离线文件）：筛选排序、逐份原文与表格定位问题、设定状态并下载基线 (the dashboard: one offline file)")
	Path html;

	@Option(names = "--xlsx", paramLabel = "F", description = "汇总工作簿：汇总数、问题、名册核对 (summary workbook: counts, findings, roster)")
	Path xlsx;

	@Option(names = "--notice", paramLabel = "F.docx", description = "通报草稿，公文格式 DOCX (a draft notice in the official layout)")
	Path notice;

	@Option(names = "--sarif", paramLabel = "F", description = "SARIF 2.1.0 日志，含基线状态 (SARIF log with baseline states)")
	Path sarif;

	@Option(names = "--baseline", paramLabel = "FILE",
			description = "与基线比较：每个问题标为 new/unchanged/confirmed/dismissed，消失的列为 fixed (compare with a baseline)")
	Path baseline;

	@Option(names = "--write-baseline", paramLabel = "FILE",
			description = "写出本次问题为基线，保留文件中已有的状态和理由 (write the findings as a baseline, keeping statuses and reasons)")
	Path writeBaseline;

	@Option(names = "--fail-on", paramLabel = "new|errors|never", defaultValue = "errors", converter = FailOn.Converter.class,
			description = "何时退出码为 1：new 有新问题；errors 有未排除的错误（默认）；never 从不 (when to exit 1; default errors)")
	FailOn failOn;

	@Option(names = "--roster", paramLabel = "organs.csv",
			description = "应报机关名册（organ,kind,parent），核对未报、逾期、格式不符、重复、名册外 (roster of organs)")
	Path roster;

	@Option(names = "--year", paramLabel = "N", description = "名册核对的年度；默认为多数报告的年度 (the roster's year; default: most reports' year)")
	Integer year;

	@Option(names = "--jobs", paramLabel = "N",
			description = "同时导入和校验的报告数；默认为处理器核数 (reports imported and validated at once; default: the number of cores)")
	Integer jobs;

	@Parameters(arity = "1..*", paramLabel = "DIR|INPUT", description = "目录或文件 (directories or files)")
	List<Path> inputs;

	/** One input on its way through the audit. */
	private static final class Item {
		final Path input;
		Path report; // the .nianbao validated: the input itself or its import
		String failure;
		List<ImportMessage> importMessages = List.of();
		/** The import's parse of {@code report}, until its validation uses it (then dropped: no model is kept). */
		IParseResult parsed;
		/** Its audit without last year's report, done as soon as it was imported; kept unless one is found. */
		Audited alone;
		/** Whether last year's report of its organ is among the inputs: then it is audited again, against it. */
		boolean again;

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
		// Read before any work: a bad baseline or roster is a usage error, not a failure after the batch.
		Baseline known = baseline == null ? null : read(() -> BaselineFile.read(baseline));
		Baseline kept = writeBaseline == null ? null
				: writeBaseline.equals(baseline) ? known : read(() -> BaselineFile.readIfExists(writeBaseline));
		Roster organs = roster == null ? null : read(() -> Roster.read(roster));
		// and the outputs' folders made and found writable: thousands of reports must not fail at the end on a path
		for (Path output : java.util.Arrays.asList(csv, json, html, sarif, xlsx, notice, writeBaseline)) {
			if (output != null) {
				writable(output);
			}
		}
		Path work = Files.createTempDirectory("nianbao-audit-");
		Importer importer = ImportCommand.importer();
		// key figures, narrative and cells for the dashboard, the years side by side and the workbook
		snapshots = html != null || json != null || xlsx != null || notice != null ? new ReportSnapshots(Workspace.injector(), work.resolve("narratives")) : null;
		AuditSummary summary = new AuditSummary();
		Path current = work.resolve("current");
		try (AuditPool pool = new AuditPool(jobs == null ? AuditPool.defaultJobs() : jobs)) {
			List<Previous> previous = previousReports(pool, importer, work.resolve("previous"), err);
			Item[] prepared = new Item[files.size()];
			boolean terminal = Progress.onTerminal();
			int again = 0;
			if (previousDir == null) {
				// One tree holding several years: every input is imported first, so that last year's
				// report of an organ is found among them whatever its form, then all are validated.
				// Each is audited at once, on the import's own parse, as if it had no last year's report;
				// that audit stands unless one is found among all the inputs (then it is audited again).
				// On a terminal the bar follows them as they are done; a log's lines, with each input's
				// counts, come below once these are final.
				Progress bar = new Progress(err, files.size(), terminal);
				pool.run(files.size(), i -> importedAndAudited(importer, files.get(i), current, i), (i, item) -> {
					prepared[i] = item;
					if (terminal) {
						bar.step(files.get(i), null);
					}
				});
				bar.done();
				for (Item item : prepared) {
					// what its model says of it, as its audit alone read it
					AuditSummary.Entry e = item.alone == null ? null : item.alone.entry();
					if (item.report != null && e != null && e.organ() != null && e.year() != null) {
						previous.add(new Previous(e.organ(), e.year(), item.report));
					}
				}
			}
			LastYearIndex lastYear = LastYearIndex.of(previous);
			if (previousDir == null) {
				for (Item item : prepared) {
					// the same match the validation asks for, with what the report said of itself
					item.again = item.alone == null || lastYear.find(item.alone.entry().organ(), item.alone.entry().year()) != null;
					again += item.again ? 1 : 0;
				}
			}
			summary.previous.addAll(previousEntries);
			// on a terminal after the bar above, a second one for the inputs audited again
			boolean oneTree = previousDir == null;
			Progress progress = terminal && oneTree ? new Progress(err, again, true, "与上年报告核对 (against last year's) ")
					: new Progress(err, files.size(), terminal);
			pool.run(files.size(), i -> prepared[i] != null ? audited(prepared[i], lastYear)
					: audit(prepare(importer, files.get(i), current, i), lastYear, null), (i, audited) -> {
				summary.reports.add(audited.entry());
				summary.findings.addAll(audited.findings());
				if (!(terminal && oneTree) || prepared[i].again) {
					progress.step(files.get(i), audited.entry());
				}
			});
			progress.done();
		}
		if (known != null) {
			summary.baseline = new BaselineComparison(known, summary.findings);
		}
		if (organs != null) {
			Integer y = year != null ? year : RosterCheck.commonYear(summary.reports);
			if (y == null) {
				throw new UserError("无法确定名册核对的年度，请用 --year 指定 (no report names a year: give --year)");
			}
			summary.roster = RosterCheck.check(organs, summary.reports, y);
		}
		printSummary(out, summary);
		if (csv != null) {
			write(csv, stream -> AuditWriters.reportsCsv(summary, stream));
			write(siblingFindings(csv), stream -> AuditWriters.findingsCsv(summary, stream));
		}
		if (json != null) {
			write(json, stream -> AuditWriters.json(summary, stream));
		}
		if (html != null) {
			write(html, stream -> AuditWriters.html(summary, "政府信息公开工作年度报告审核汇总", stream));
		}
		if (sarif != null) {
			write(sarif, stream -> stream.write(AuditSarif.log(summary).getBytes(StandardCharsets.UTF_8)));
		}
		if (xlsx != null) {
			write(xlsx, stream -> SummaryWorkbook.write(summary, stream));
		}
		if (notice != null) {
			write(notice, stream -> stream.write(NoticeDraft.docx(summary)));
		}
		if (writeBaseline != null) {
			try {
				BaselineFile.write(writeBaseline, kept.update(summary.findings));
			} catch (IOException e) {
				throw cannotWrite(writeBaseline, e);
			}
		}
		if (snapshots != null) {
			snapshots.removeNarratives();
		}
		out.println("导入结果保存在 " + work + " (imported reports kept there)");
		return failOn.fails(summary) ? ExitCodes.FINDINGS : ExitCodes.OK;
	}

	/** Makes the folder of an output and checks that the output can be written there. */
	private static void writable(Path output) {
		Path dir = output.toAbsolutePath().getParent();
		try {
			Files.createDirectories(dir);
		} catch (IOException e) {
			throw cannotWrite(output, e);
		}
		if (Files.isDirectory(output)) {
			throw new UserError(output + ": 是目录，无法写入文件 (is a folder: cannot write the output there)");
		}
		if (!Files.isWritable(dir)) {
			throw new UserError(output + ": 无法写入，目录不可写 (cannot write: its folder is not writable)");
		}
	}

	private static void write(Path output, AtomicFiles.Content content) {
		try {
			AtomicFiles.write(output, content);
		} catch (IOException e) {
			throw cannotWrite(output, e);
		}
	}

	private static UserError cannotWrite(Path output, IOException e) {
		return new UserError(output + ": 无法写入 (cannot write: " + e.getMessage() + ")", e);
	}

	/** A file the audit reads before it starts. */
	private interface Reader<T> {
		T read() throws AuditInputException;
	}

	private static <T> T read(Reader<T> r) {
		try {
			return r.read();
		} catch (AuditInputException e) {
			throw new UserError(e.getMessage(), e);
		}
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

	/** The template files of each input folder, looked at once per folder in a run. */
	private final java.util.Map<Path, List<Path>> templateFolders = new java.util.concurrent.ConcurrentHashMap<>();

	/** An imported report's place in the published file: the audit's input itself, not a name beside the import. */
	private static Finding.Published inInput(Finding.Published source, Path input) {
		return source == null || input.toString().endsWith(".nianbao") ? source
				: new Finding.Published(input.toString(), source.page(), source.line(), source.column());
	}

	/** Imports an input that is not a report yet; a failure is recorded, never thrown. */
	private Item prepare(Importer importer, Path f, Path dir, int index) {
		Item item = new Item(f);
		if (isReport(f)) {
			item.report = f;
			return item;
		}
		try {
			// the national templates and those of the input's folder, chosen by evidence
			List<Path> templates = templateFolders.computeIfAbsent(f.toAbsolutePath().normalize().getParent(), Importer::templateFiles);
			Importer.Result r = importer.importFile(f, TemplateChoice.AUTO, templates, null);
			// the input's number, four digits at least (not String.format: slow, and its digits follow the locale)
			String number = Integer.toString(index);
			Path target = dir.resolve("0".repeat(Math.max(0, 4 - number.length())) + number + "-" + ImportCommand.baseName(f)
					+ ".nianbao");
			AtomicFiles.write(target, r.source());
			item.report = target;
			item.importMessages = r.messages();
			item.parsed = r.parsed();
		} catch (ImportException e) {
			item.failure = "导入失败：" + e.getMessage();
			item.importMessages = List.of(new ImportMessage(e.line(), ImportMessage.ERROR, e.code(), e.getMessage()));
		} catch (IOException | RuntimeException e) {
			item.failure = "无法读取：" + e.getMessage();
			item.importMessages = List.of(new ImportMessage(1, ImportMessage.ERROR, "NB050", "无法读取：" + e.getMessage()));
		}
		return item;
	}

	/** Takes the snapshots the outputs need; null when none does. */
	private ReportSnapshots snapshots;
	/** Last year's reports as the summary shows them (the years side by side). */
	private final List<AuditSummary.Entry> previousEntries = new ArrayList<>();

	private ReportSnapshot snapshot(Report report) {
		return snapshots == null || report == null ? null : snapshots.of(report);
	}

	/** A report of last year: its organ, year and file (an import when the input was not a report). */
	record Previous(String organ, Integer year, Path file) {
	}

	/** Last year's reports (imported first when needed). */
	private List<Previous> previousReports(AuditPool pool, Importer importer, Path dir, PrintWriter err) throws IOException {
		List<Previous> result = new ArrayList<>();
		if (previousDir == null) {
			return result;
		}
		if (!Files.isDirectory(previousDir)) {
			throw new UserError(previousDir + ": 不是目录 (not a directory)");
		}
		List<Path> files = collect(List.of(previousDir));
		// imported and read on the workers too; kept and reported in input order
		pool.run(files.size(), i -> lastYear(importer, files.get(i), dir, i), (i, last) -> {
			if (last.failure() != null) {
				err.println(files.get(i) + ": 上年报告无法导入，跳过 (" + last.failure() + ")");
			} else if (last.previous() != null) {
				result.add(last.previous());
				previousEntries.add(last.entry());
			}
		});
		return result;
	}

	/** One of last year's inputs: the report it gives, or why it gives none (null and null: no organ). */
	private record LastYear(Previous previous, String failure, AuditSummary.Entry entry) {
	}

	private LastYear lastYear(Importer importer, Path f, Path dir, int index) {
		Item item = prepare(importer, f, dir, index);
		if (item.report == null) {
			return new LastYear(null, item.failure, null);
		}
		Report r = load(item.report);
		if (r == null || r.getOrgan() == null) {
			return new LastYear(null, null, null);
		}
		Integer year = r.getYear() == null ? null : r.getYear().intValue();
		// as the summary shows it beside this year's (the years side by side)
		AuditSummary.Entry entry = new AuditSummary.Entry(f.toString(), r.getOrgan(), year,
				r.getTemplate() == null || r.getTemplate().eIsProxy() ? null : r.getTemplate().getName(), 0, 0, List.of(), "ok",
				r.getDate(), snapshot(r));
		return new LastYear(new Previous(r.getOrgan(), year, item.report), null, entry);
	}

	private static Report load(Path file) {
		try {
			return Validation.report(Workspace.load(Workspace.newResourceSet(), List.of(file)).get(0));
		} catch (RuntimeException e) {
			return null;
		}
	}

	/** One input's line of the summary and its findings: all the audit keeps of it. */
	record Audited(AuditSummary.Entry entry, List<AuditSummary.Item> findings) {
	}

	/** An input imported (when it is not a report yet) and audited without last year's report. */
	private Item importedAndAudited(Importer importer, Path f, Path dir, int index) {
		Item item = prepare(importer, f, dir, index);
		item.alone = audit(item, LastYearIndex.EMPTY, null);
		return item;
	}

	/** The audit of a prepared input: the one it had alone, unless it is to be {@link Item#again audited again}. */
	private Audited audited(Item item, LastYearIndex previous) {
		Audited alone = item.alone;
		item.alone = null;
		// the report's snapshot does not depend on last year's report (only cross-year checks do): kept
		return item.again ? audit(item, previous, alone == null ? null : alone.entry().snapshot()) : alone;
	}

	/** The audit of an input; {@code known}, when not null, is its snapshot, taken already. */
	private Audited audit(Item item, LastYearIndex previous, ReportSnapshot known) {
		String shown = item.input.toString();
		String organ = null, template = null, published = null;
		Integer year = null;
		ReportSnapshot taken = null;
		List<AuditSummary.Item> found = new ArrayList<>();
		// The importer's messages (and a failed validation) have no cell: their text identifies them.
		List<ImportMessage> own = new ArrayList<>();
		for (ImportMessage m : item.importMessages) {
			if (!ImportMessage.INFO.equals(m.severity())) {
				own.add(m);
			}
		}
		String status = "ok";
		if (item.report == null) {
			status = "import-failed";
		} else {
			try {
				// against last year's report of the same organ, when one matches; what the report says of
				// itself is kept even when its validation then fails
				Validation.Validated[] about = { null };
				Validation.Validated v;
				try {
					IParseResult parsed = item.parsed;
					item.parsed = null; // used once: a second audit of the input reads its file
					v = Validation.validate(item.report, parsed, a -> {
						about[0] = a;
						Previous last = previous.find(a.organ(), a.year());
						return last == null ? null : last.file();
					}, snapshots == null ? null : known != null ? r -> known : this::snapshot);
					taken = v.snapshot();
				} finally {
					if (about[0] != null) {
						organ = about[0].organ();
						year = about[0].year();
						template = about[0].template();
						published = about[0].published();
					}
				}
				addOwn(found, own, shown, organ, year, item.input);
				for (Finding f : v.findings()) {
					// Findings of an imported report point into its import (the .nianbao), of others into the input.
					String where = item.report.equals(item.input) ? shown : shown + " → " + item.report.getFileName();
					String cell = f.hasCell() ? f.table() + "." + f.row() + "." + f.col() : null;
					found.add(new AuditSummary.Item(where, f.line(), f.column(), f.severity(), f.code(), f.message(),
							f.file(), organ, year, cell, f.fingerprint(), Origins.of(f.code()), inInput(f.source(), item.input)));
				}
			} catch (RuntimeException e) {
				status = "validation-failed";
				found.clear();
				own.add(new ImportMessage(1, "error", "NB003", "校验失败：" + e));
			}
		}
		if (found.isEmpty() && !own.isEmpty()) {
			addOwn(found, own, shown, organ, year, item.input);
		}
		int errors = (int) found.stream().filter(AuditSummary.Item::isError).count();
		int warnings = (int) found.stream().filter(f -> "warning".equals(f.severity())).count();
		List<String> first = found.stream()
				.sorted(Comparator.comparing((AuditSummary.Item f) -> f.isError() ? 0 : 1))
				.limit(FIRST_FINDINGS).map(f -> "[" + f.code() + "] " + f.message()).toList();
		return new Audited(new AuditSummary.Entry(shown, organ, year, template, errors, warnings, first, status, published,
				taken), found);
	}

	/** "第12行" and the like in an importer's message: not part of its identity. */
	private static final java.util.regex.Pattern LINE_NUMBER = java.util.regex.Pattern.compile("第\\s*\\d+\\s*行");

	/**
	 * The importer's messages of one input as findings, fingerprinted by their text ("第12行" and
	 * the like removed: a line number must not change the identity). Without an organ (the import
	 * failed) the input's file name stands in for it.
	 */
	private static void addOwn(List<AuditSummary.Item> found, List<ImportMessage> own, String shown, String organ,
			Integer year, Path input) {
		List<String> keys = new ArrayList<>();
		for (ImportMessage m : own) {
			String context = organ == null ? "import:" + input.getFileName() : "import";
			keys.add(Fingerprints.key(m.code(), organ, year,
					Fingerprints.textSubject(context, LINE_NUMBER.matcher(m.message()).replaceAll(""))));
		}
		List<String> fps = Fingerprints.of(keys);
		for (int i = 0; i < own.size(); i++) {
			ImportMessage m = own.get(i);
			found.add(new AuditSummary.Item(shown, m.line(), 1, m.severity(), m.code(), m.message(), input.toString(),
					organ, year, null, fps.get(i), Origins.of(m.code())));
		}
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
		Map<String, Integer> origin = s.byOrigin();
		out.println("其中原文问题 " + origin.get(Origins.PUBLICATION) + " 个，导入问题 " + origin.get(Origins.IMPORT)
				+ " 个 (findings of the publication, of the import)");
		if (s.baseline != null) {
			Map<String, Integer> c = s.baseline.counts(s.findings);
			out.println("与基线相比：新增 " + c.get("new") + "，未变 " + c.get("unchanged") + "，已确认 " + c.get("confirmed")
					+ "，已排除 " + c.get("dismissed") + "，已修复 " + c.get("fixed")
					+ " (against the baseline: new, unchanged, confirmed, dismissed, fixed)");
		}
		if (s.roster != null) {
			RosterText.print(out, s.roster);
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	/** A progress bar on a terminal, one plain line per input otherwise (logs, pipes). */
	static final class Progress {
		private final PrintWriter err;
		private final int total;
		private final boolean terminal;
		/** Before the bar on a terminal: what it counts, when not the inputs. */
		private final String label;
		private int done;

		Progress(PrintWriter err, int total, boolean terminal) {
			this(err, total, terminal, "");
		}

		Progress(PrintWriter err, int total, boolean terminal, String label) {
			this.err = err;
			this.total = total;
			this.terminal = terminal;
			this.label = label;
		}

		void step(Path input, AuditSummary.Entry e) {
			done++;
			if (terminal) {
				int width = 30, filled = total == 0 ? width : done * width / total;
				err.print("\r" + label + "[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + total + " "
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
			if (terminal && done > 0) {
				err.println();
			}
		}
	}
}
