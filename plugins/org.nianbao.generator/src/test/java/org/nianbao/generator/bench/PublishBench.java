package org.nianbao.generator.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.nianbao.generator.TestReports;
import org.nianbao.generator.docx.DocxGenerator;
import org.nianbao.generator.xlsx.XlsxGenerator;
import org.nianbao.generator.html.HtmlGenerator;
import org.nianbao.generator.model.ReportView;

/**
 * Time per report for HTML and DOCX (warm, many iterations in one JVM) beside pandoc converting the
 * same report as Markdown to DOCX, measured in the same run. Not a test: run bench/publish-bench.sh.
 *
 * <pre>PublishBench FILE [iterations] [pandoc runs]</pre>
 */
public final class PublishBench {

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args.length > 0 ? args[0] : "examples/gangkou-2024.nianbao").toAbsolutePath();
		int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 300;
		int pandocRuns = args.length > 2 ? Integer.parseInt(args[2]) : 10;
		ReportView view = TestReports.view(file);
		HtmlGenerator html = new HtmlGenerator();
		DocxGenerator docx = new DocxGenerator();
		XlsxGenerator xlsx = new XlsxGenerator();
		System.out.printf("report: %s (%d tables, %d cells), JDK %s, %d CPUs%n", file.getFileName(),
				view.tables().size(), view.tables().stream().mapToInt(t -> t.rows().size() * t.columns().size()).sum(),
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

		int warmup = Math.max(20, iterations / 3);
		long sink = 0;
		for (int i = 0; i < warmup; i++) {
			sink += html.generate(view).length() + docx.generate(view).length + xlsx.generate(view).length;
		}
		double[] htmlMs = time(iterations, () -> html.generate(view).length());
		double[] docxMs = time(iterations, () -> docx.generate(view).length);
		print("nianbao HTML (warm, in-process)", htmlMs, html.generate(view).getBytes(StandardCharsets.UTF_8).length);
		print("nianbao DOCX (warm, in-process)", docxMs, docx.generate(view).length);
		double[] xlsxMs = time(iterations, () -> xlsx.generate(view).length);
		print("nianbao XLSX (warm, in-process)", xlsxMs, xlsx.generate(view).length);

		Path dir = Files.createTempDirectory("nianbao-bench");
		try {
			Path md = dir.resolve("report.md");
			Files.writeString(md, MarkdownExport.markdown(view), StandardCharsets.UTF_8);
			Path out = dir.resolve("pandoc.docx");
			if (!pandocAvailable()) {
				System.out.println("pandoc: not installed (apt-get install pandoc)");
			} else {
				pandoc(md, out); // first run: page cache
				double[] pandocMs = new double[pandocRuns];
				for (int i = 0; i < pandocRuns; i++) {
					long t0 = System.nanoTime();
					pandoc(md, out);
					pandocMs[i] = (System.nanoTime() - t0) / 1e6;
				}
				print("pandoc Markdown -> DOCX (one process each)", pandocMs, Files.size(out));
			}
		} finally {
			try (var s = Files.walk(dir)) {
				s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		if (sink == 42) {
			System.out.println();
		}
	}

	interface Job {
		long run() throws Exception;
	}

	static double[] time(int n, Job job) throws Exception {
		double[] ms = new double[n];
		long sink = 0;
		for (int i = 0; i < n; i++) {
			long t0 = System.nanoTime();
			sink += job.run();
			ms[i] = (System.nanoTime() - t0) / 1e6;
		}
		if (sink == 42) {
			System.out.println();
		}
		return ms;
	}

	static void print(String what, double[] ms, long bytes) {
		double[] s = ms.clone();
		Arrays.sort(s);
		double mean = Arrays.stream(s).average().orElse(0);
		System.out.printf("%-44s n=%-4d median %8.2f ms  mean %8.2f ms  p90 %8.2f ms  (%d bytes)%n", what, s.length,
				s[s.length / 2], mean, s[(int) Math.min(s.length - 1, Math.round(s.length * 0.9))], bytes);
	}

	static boolean pandocAvailable() {
		try {
			return new ProcessBuilder("pandoc", "--version").redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
		} catch (Exception e) {
			return false;
		}
	}

	static void pandoc(Path md, Path out) throws Exception {
		Process p = new ProcessBuilder(List.of("pandoc", "-f", "markdown", "-t", "docx", "-o", out.toString(),
				md.toString())).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
			throw new IllegalStateException("pandoc failed");
		}
	}
}
