package org.nianbao.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.cli.Workspace;
import org.nianbao.generator.docx.DocxGenerator;
import org.nianbao.generator.html.HtmlGenerator;
import org.nianbao.generator.model.ArithmeticComputer;
import org.nianbao.generator.model.ReportView;
import org.nianbao.generator.office.LibreOffice;
import org.nianbao.generator.xlsx.XlsxGenerator;
import org.nianbao.nianbao.Report;
import org.nianbao.validation.Finding;

import com.google.inject.Injector;

/**
 * Publishing, per report: HTML, DOCX and XLSX warm in one JVM (median of timed runs after a
 * warm-up), beside pandoc converting the same report as Markdown to DOCX (one pandoc process per
 * report, as pandoc is used) and the PDF through LibreOffice headless from the DOCX (one soffice
 * process per report, as {@code generate --pdf} runs it). Figures only.
 */
final class PublishBench {
	private PublishBench() {
	}

	interface Job {
		long run() throws Exception;
	}

	static List<String[]> run(Path file, double seconds) throws Exception {
		ReportView view = view(Workspace.injector(), file);
		HtmlGenerator html = new HtmlGenerator();
		DocxGenerator docx = new DocxGenerator();
		XlsxGenerator xlsx = new XlsxGenerator();
		String report = file.getFileName() + " (" + view.tables().size() + " tables, "
				+ view.tables().stream().mapToInt(t -> t.rows().size() * t.columns().size()).sum() + " cells)";
		List<String[]> rows = new ArrayList<>();
		rows.add(row("HTML per report, warm: " + report, median(seconds, () -> html.generate(view).length()), ""));
		rows.add(row("DOCX per report, warm: " + report, median(seconds, () -> docx.generate(view).length), "≤ 5 ms"));
		rows.add(row("XLSX per report, warm: " + report, median(seconds, () -> xlsx.generate(view).length), "≤ 5 ms"));

		Path dir = Files.createTempDirectory("nianbao-bench");
		try {
			Path md = dir.resolve("report.md");
			Files.writeString(md, MarkdownExport.markdown(view), StandardCharsets.UTF_8);
			if (!available("pandoc", "--version")) {
				rows.add(new String[] { "pandoc Markdown → DOCX of the same report", "not measured: pandoc not installed", "" });
			} else {
				Path out = dir.resolve("pandoc.docx");
				rows.add(row("pandoc Markdown → DOCX of the same report, one process each", processes(5,
						() -> run(List.of("pandoc", "-f", "markdown", "-t", "docx", "-o", out.toString(), md.toString()))),
						"the baseline"));
			}
			if (LibreOffice.find().isEmpty()) {
				rows.add(new String[] { "PDF per report through LibreOffice", "not measured: soffice not installed", "" });
			} else {
				LibreOffice office = LibreOffice.locate();
				byte[] bytes = docx.generate(view);
				rows.add(row("PDF per report through LibreOffice (DOCX → PDF, one soffice process each)",
						processes(3, () -> office.convert(bytes, "report.docx", "pdf").length), "as measured"));
			}
		} finally {
			try (var s = Files.walk(dir)) {
				s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		return rows;
	}

	/** The validated view of the first report in a file, as the CLI makes it. */
	static ReportView view(Injector injector, Path file) {
		XtextResourceSet rs = injector.getInstance(XtextResourceSet.class);
		Resource r = rs.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		List<Finding> errors = new ArrayList<>();
		for (Issue issue : injector.getInstance(IResourceValidator.class).validate(r, CheckMode.ALL, CancelIndicator.NullImpl)) {
			Finding f = Finding.of(file.getFileName().toString(), issue);
			if (f.isError()) {
				errors.add(f);
			}
		}
		Report report = EcoreUtil2.getAllContentsOfType(r.getContents().get(0), Report.class).get(0);
		return ReportView.of(report, file.getFileName().toString(), errors, injector.getInstance(ArithmeticComputer.class));
	}

	private static String[] row(String name, double[] ms, String target) {
		double[] s = ms.clone();
		Arrays.sort(s);
		String figure = String.format(Locale.ROOT, "%.2f ms (median of %d; p90 %.2f ms)", s[s.length / 2], s.length,
				s[Math.min(s.length - 1, (int) Math.round(s.length * 0.9))]);
		System.err.println(name + ": " + figure);
		return new String[] { name, figure, target };
	}

	/** Warm for half the time, then timed runs for the other half (at least 20); each run's ms. */
	private static double[] median(double seconds, Job job) throws Exception {
		long sink = 0;
		long warmEnd = System.nanoTime() + (long) (seconds / 2 * 1e9);
		while (System.nanoTime() < warmEnd) {
			sink += job.run();
		}
		List<Double> ms = new ArrayList<>();
		long end = System.nanoTime() + (long) (seconds / 2 * 1e9);
		while (System.nanoTime() < end || ms.size() < 20) {
			long t = System.nanoTime();
			sink += job.run();
			ms.add((System.nanoTime() - t) / 1e6);
		}
		if (sink == 42) {
			System.err.println();
		}
		return ms.stream().mapToDouble(Double::doubleValue).toArray();
	}

	/** One run to warm the page cache, then {@code n} timed ones. */
	private static double[] processes(int n, Job job) throws Exception {
		job.run();
		double[] ms = new double[n];
		for (int i = 0; i < n; i++) {
			long t = System.nanoTime();
			job.run();
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		return ms;
	}

	private static boolean available(String... command) {
		try {
			return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
					.waitFor() == 0;
		} catch (Exception e) {
			return false;
		}
	}

	private static long run(List<String> command) throws Exception {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IllegalStateException(command.get(0) + " failed");
		}
		return 1;
	}
}
