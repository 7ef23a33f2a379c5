package org.nianbao.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.Token;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.cli.ValidateCommand;
import org.nianbao.cli.Workspace;
import org.nianbao.library.Library;
import org.nianbao.parser.antlr.internal.InternalNianbaoLexer;
import org.nianbao.validation.Finding;

import com.google.inject.Injector;

/**
 * The benchmark harness: generates N reports (consistent ones and ones with planted faults),
 * measures warm throughput in one JVM (lex only, parse only, parse + validate in memory, the CLI's
 * batch path from disk), then cold starts with hyperfine (`java -version` beside
 * `nianbao validate`), and prints a Markdown table with the machine it ran on. Figures only; it
 * asserts nothing about speed. Run with {@code tools/bench.sh [--reports N] [--seconds S]}.
 */
public final class Bench {

	private int reports = 2000;
	private double seconds = 5;
	private Path root = Paths.get(".").toAbsolutePath().normalize();
	private Path out;
	private boolean cold = true;
	private boolean lsp = true, lspOnly;
	/** PDF extraction measured too; or only that (no reports generated). */
	private boolean pdf = true, pdfOnly;
	/** Import measured too; or only that. */
	private boolean imports = true, importOnly;
	/** Publishing (HTML, DOCX, XLSX, pandoc, PDF per report) measured too; or only that; on this report. */
	private boolean publish = true, publishOnly;
	private Path publishFile;
	/** The cold audit runs (minutes: opt-in); or only those. */
	private boolean audit, auditOnly;
	private int auditRuns = 5;
	private int edits = 200;
	/** The dashboard with 1,000 of the reports measured too; or only that. */
	private boolean dashboard = true, dashboardOnly;
	private final List<String[]> rows = new ArrayList<>();
	private final List<String> notes = new ArrayList<>();

	public static void main(String[] args) throws Exception {
		Bench b = new Bench();
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--reports" -> b.reports = Integer.parseInt(args[++i]);
			case "--seconds" -> b.seconds = Double.parseDouble(args[++i]);
			case "--root" -> b.root = Paths.get(args[++i]).toAbsolutePath().normalize();
			case "--out" -> b.out = Paths.get(args[++i]);
			case "--no-cold" -> b.cold = false;
			case "--no-lsp" -> b.lsp = false;
			case "--lsp-only" -> b.lspOnly = true;
			case "--no-pdf" -> b.pdf = false;
			case "--pdf-only" -> b.pdfOnly = true;
			case "--no-import" -> b.imports = false;
			case "--import-only" -> b.importOnly = true;
			case "--no-publish" -> b.publish = false;
			case "--publish-only" -> b.publishOnly = true;
			case "--publish-file" -> b.publishFile = Paths.get(args[++i]).toAbsolutePath();
			case "--edits" -> b.edits = Integer.parseInt(args[++i]);
			case "--audit" -> b.audit = true;
			case "--audit-only" -> b.auditOnly = true;
			case "--audit-runs" -> b.auditRuns = Integer.parseInt(args[++i]);
			case "--no-dashboard" -> b.dashboard = false;
			case "--dashboard-only" -> b.dashboardOnly = true;
			default -> {
				System.err.println("用法 usage: bench [--reports N] [--seconds S] [--root DIR] [--out DIR] [--no-cold] [--no-lsp] [--lsp-only] [--no-pdf] [--pdf-only] [--no-import] [--import-only] [--no-publish] [--publish-only] [--publish-file FILE] [--edits N] [--audit] [--audit-only] [--audit-runs N] [--no-dashboard] [--dashboard-only]");
				System.exit(2);
			}
			}
		}
		if (b.publishFile == null) {
			b.publishFile = b.root.resolve("examples/gangkou-2024.nianbao");
		}
		if (b.out == null) {
			b.out = b.root.resolve("plugins/org.nianbao.bench/target/bench");
		}
		b.run();
	}

	private void run() throws Exception {
		if (auditOnly) {
			Files.createDirectories(out);
			rows.addAll(AuditBench.run(root, out, auditRuns));
			print();
			return;
		}
		if (lspOnly) {
			Files.createDirectories(out);
			rows.addAll(LspBench.run(root, out, edits));
			print();
			return;
		}
		if (pdfOnly) {
			Files.createDirectories(out);
			rows.addAll(PdfBench.run(root, seconds));
			print();
			return;
		}
		Injector injector = Workspace.injector();
		if (publishOnly) {
			Files.createDirectories(out);
			rows.addAll(PublishBench.run(publishFile, seconds));
			print();
			return;
		}
		if (importOnly) {
			Files.createDirectories(out);
			rows.addAll(ImportBench.run(root, injector, seconds));
			print();
			return;
		}
		ReportGenerator generator = new ReportGenerator(injector, Library.GOV_2021);
		Path dir = out.resolve("reports");
		Files.createDirectories(dir);
		try (var old = Files.list(dir)) {
			for (Path p : (Iterable<Path>) old::iterator) {
				Files.delete(p);
			}
		}
		List<ReportGenerator.Generated> generated = new ArrayList<>();
		List<Path> files = new ArrayList<>();
		long bytes = 0;
		int lines = 0;
		for (int i = 0; i < reports; i++) {
			int faults = i % 10 < 7 ? 0 : 1 + i % 3;
			ReportGenerator.Generated g = generator.generate(1000 + i, faults, false);
			generated.add(g);
			Path f = dir.resolve(String.format("r%05d.nianbao", i));
			Files.writeString(f, g.text());
			files.add(f);
			bytes += g.text().getBytes(StandardCharsets.UTF_8).length;
			lines += g.lines();
		}
		if (dashboard || dashboardOnly) {
			rows.addAll(DashboardBench.run(out, files.subList(0, Math.min(1000, files.size()))));
		}
		if (dashboardOnly) {
			print();
			return;
		}
		List<String> texts = generated.stream().map(ReportGenerator.Generated::text).toList();
		System.err.printf("generated %d reports (%d consistent), %.1f KB and %d lines each on average, in %s%n",
				reports, generated.stream().filter(ReportGenerator.Generated::consistent).count(),
				bytes / 1024.0 / reports, lines / reports, dir);

		// ---- warm, in one JVM
		double lex = throughput("lex only (ANTLR lexer, every token)", texts, text -> {
			InternalNianbaoLexer lexer = new InternalNianbaoLexer(new ANTLRStringStream(text));
			while (lexer.nextToken().getType() != Token.EOF) {
				// count nothing: the floor
			}
		});
		IParser parser = injector.getInstance(IParser.class);
		throughput("parse only (node model + AST)", texts, text -> parser.parse(new StringReader(text)));
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		int[] counter = { 0 };
		XtextResourceSet[] rs = { null };
		int[] verdicts = new int[4];
		double validate = throughput("parse + link + validate, in memory (CheckMode.ALL)", texts, text -> {
			if (counter[0] % 200 == 0) {
				rs[0] = injector.getInstance(XtextResourceSet.class);
			}
			int i = counter[0]++ % texts.size();
			XtextResource r = (XtextResource) rs[0].createResource(URI.createFileURI("/bench/r" + counter[0] + ".nianbao"));
			try {
				r.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
			} catch (IOException e) {
				throw new IllegalStateException(e);
			}
			List<Issue> issues = validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
			boolean errors = issues.stream().anyMatch(x -> x.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR);
			boolean consistent = generated.get(i).consistent();
			verdicts[(consistent ? 0 : 2) + (errors ? 1 : 0)]++;
		});
		rows.add(new String[] { "validation ÷ lex only (CPU time)", String.format(Locale.ROOT, "%.1f×", lex / validate), "≤ 5×" });
		notes.add(String.format(Locale.ROOT,
				"Verdicts during the in-memory run: consistent reports without errors %d, with errors %d; "
						+ "faulty reports with errors %d, without %d.",
				verdicts[0], verdicts[1], verdicts[3], verdicts[2]));
		List<List<Path>> chunks = new ArrayList<>();
		for (int i = 0; i < files.size(); i += 500) {
			chunks.add(files.subList(i, Math.min(files.size(), i + 500)));
		}
		int[] findings = { 0 };
		throughputBatches("`ValidateCommand.validate` from disk, batches of 500 (the CLI's path)", chunks, chunk -> {
			List<Finding> f = ValidateCommand.validate(chunk);
			findings[0] = f.size();
		});
		long heapBefore = usedHeap();
		XtextResourceSet held = injector.getInstance(XtextResourceSet.class);
		int heldCount = Math.min(500, texts.size());
		for (int i = 0; i < heldCount; i++) {
			XtextResource r = (XtextResource) held.createResource(URI.createFileURI("/held/r" + i + ".nianbao"));
			r.load(new ByteArrayInputStream(texts.get(i).getBytes(StandardCharsets.UTF_8)), null);
			validator.validate(r, CheckMode.ALL, CancelIndicator.NullImpl);
		}
		long heapAfter = usedHeap();
		rows.add(new String[] { "heap per validated report held in one resource set (" + heldCount + " held)",
				String.format(Locale.ROOT, "%.0f KB", (heapAfter - heapBefore) / 1024.0 / heldCount), "" });
		held.getResources().clear();

		if (imports) {
			rows.addAll(ImportBench.run(root, injector, seconds));
		}
		if (pdf) {
			rows.addAll(PdfBench.run(root, seconds));
		}
		if (publish) {
			rows.addAll(PublishBench.run(publishFile, seconds));
		}

		// ---- cold
		if (cold) {
			coldStart(files.get(0));
		}
		if (audit) {
			rows.addAll(AuditBench.run(root, out, auditRuns));
		}
		if (lsp) {
			try {
				rows.addAll(LspBench.run(root, out, edits));
			} catch (Exception | AssertionError e) {
				rows.add(new String[] { "language server", "not measured: " + e, "" });
			}
		}
		print();
	}

	private static long usedHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
		return heap.getUsed();
	}

	/** Passes over all texts until warm (5 s: C2 needs that long on two cores), then full passes for the measuring time; reports/s. */
	private double throughput(String name, List<String> texts, Consumer<String> work) {
		long warmEnd = System.nanoTime() + 5_000_000_000L;
		while (System.nanoTime() < warmEnd) {
			for (String t : texts) {
				work.accept(t);
			}
		}
		var threads = ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long end = start + (long) (seconds * 1e9);
		long done = 0;
		do {
			for (String t : texts) {
				work.accept(t);
				done++;
			}
		} while (System.nanoTime() < end);
		double s = (System.nanoTime() - start) / 1e9;
		double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		double perSecond = done / s;
		double perCpuSecond = done / cpu;
		rows.add(new String[] { name, String.format(Locale.ROOT, "%,.0f reports/s wall; %,.0f per CPU-second (%.3f ms CPU each)",
				perSecond, perCpuSecond, 1000 / perCpuSecond), name.startsWith("parse + link") ? "≥ 2,000 reports/s" : "" });
		System.err.printf("%s: %.0f reports/s wall, %.0f per CPU-second%n", name, perSecond, perCpuSecond);
		return perCpuSecond;
	}

	private void throughputBatches(String name, List<List<Path>> chunks, Consumer<List<Path>> work) {
		for (List<Path> c : chunks) {
			work.accept(c); // warm
		}
		long start = System.nanoTime();
		long done = 0;
		do {
			for (List<Path> c : chunks) {
				work.accept(c);
				done += c.size();
			}
		} while (System.nanoTime() - start < seconds * 1e9);
		double perSecond = done / ((System.nanoTime() - start) / 1e9);
		rows.add(new String[] { name, String.format(Locale.ROOT, "%,.0f reports/s", perSecond), "" });
		System.err.printf("%s: %.0f reports/s%n", name, perSecond);
	}

	/** hyperfine when installed, else 10 timed runs each: `java -version` beside `nianbao validate`. */
	private void coldStart(Path report) throws Exception {
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		String nianbao = root.resolve("nianbao").toString();
		// the launcher builds the jar on first use; make sure that is not what gets timed
		new ProcessBuilder(nianbao, "--version").inheritIO().start().waitFor();
		String validate = nianbao + " validate " + report;
		double[] means;
		if (onPath("hyperfine")) {
			Path json = out.resolve("cold.json");
			Process p = new ProcessBuilder("hyperfine", "-N", "--warmup", "3", "--runs", "15", "--export-json",
					json.toString(), "--ignore-failure", java + " -version", validate).redirectErrorStream(true)
					.redirectOutput(out.resolve("hyperfine.txt").toFile()).start();
			p.waitFor();
			means = field(Files.readString(json), "mean");
			stddevs = field(Files.readString(json), "stddev");
			notes.add("Cold starts measured with hyperfine (`-N --warmup 3 --runs 15`), means ± σ in "
					+ out.resolve("hyperfine.txt") + ".");
		} else {
			means = new double[] { timed(java + " -version"), timed(validate) };
			notes.add("Cold starts: mean of 10 timed runs after 3 warm-ups (hyperfine not installed).");
		}
		rows.add(new String[] { "`java -version` (the JVM floor), cold", String.format(Locale.ROOT, "%.0f ms%s", means[0] * 1000, spread(0)), "" });
		rows.add(new String[] { "`nianbao validate` one report, cold (through the `./nianbao` launcher)",
				String.format(Locale.ROOT, "%.0f ms%s", means[1] * 1000, spread(1)), "" });
		rows.add(new String[] { "cold validate ÷ `java -version`", String.format(Locale.ROOT, "%.1f×", means[1] / means[0]), "≤ 10×" });
	}

	private double[] stddevs = new double[2];

	private String spread(int i) {
		return stddevs[i] > 0 ? String.format(Locale.ROOT, " ± %.0f", stddevs[i] * 1000) : "";
	}

	/** The first two values of a field in hyperfine's JSON export (one per command). */
	private static double[] field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\":\\s*([0-9.eE+-]+)").matcher(json);
		double[] result = new double[2];
		for (int i = 0; i < 2 && m.find(); i++) {
			result[i] = Double.parseDouble(m.group(1));
		}
		return result;
	}

	private static double timed(String command) throws Exception {
		String[] argv = command.split(" ");
		for (int i = 0; i < 3; i++) {
			new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
		}
		long start = System.nanoTime();
		for (int i = 0; i < 10; i++) {
			new ProcessBuilder(argv).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
		}
		return (System.nanoTime() - start) / 1e9 / 10;
	}

	private static boolean onPath(String tool) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
			if (Files.isExecutable(Paths.get(dir, tool))) {
				return true;
			}
		}
		return false;
	}

	private void print() throws IOException {
		StringBuilder b = new StringBuilder();
		b.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (nproc), ")
				.append(memTotal()).append(" RAM, ").append(cpu()).append("; JDK ")
				.append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.runtime.version"))
				.append(", max heap ").append(Runtime.getRuntime().maxMemory() / 1024 / 1024).append(" MB.\n");
		if (!pdfOnly && !importOnly && !auditOnly) {
			b.append("Reports: ").append(reports).append(" generated from the 2021 national template (70% consistent, ")
					.append("30% with 1–3 planted faults); ").append(seconds).append(" s per measurement after 5 s warm-up.\n");
		}
		b.append('\n');
		b.append("| measurement | result | target |\n|---|---|---|\n");
		for (String[] r : rows) {
			b.append("| ").append(r[0]).append(" | ").append(r[1]).append(" | ").append(r[2]).append(" |\n");
		}
		b.append('\n');
		for (String n : notes) {
			b.append(n).append('\n');
		}
		System.out.print(b);
		Files.writeString(out.resolve("results.md"), b.toString());
	}

	private static String memTotal() {
		try {
			for (String line : Files.readAllLines(Paths.get("/proc/meminfo"))) {
				if (line.startsWith("MemTotal:")) {
					long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
					return String.format(Locale.ROOT, "%.1f GB", kb / 1024.0 / 1024.0);
				}
			}
		} catch (IOException | RuntimeException e) {
			// not Linux
		}
		return "? GB";
	}

	private static String cpu() {
		try {
			for (String line : Files.readAllLines(Paths.get("/proc/cpuinfo"))) {
				if (line.startsWith("model name")) {
					return line.substring(line.indexOf(':') + 1).strip();
				}
			}
		} catch (IOException | RuntimeException e) {
			// not Linux
		}
		return System.getProperty("os.arch");
	}
}
