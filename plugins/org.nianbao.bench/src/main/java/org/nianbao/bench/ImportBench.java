package org.nianbao.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.nianbao.generator.html.HtmlGenerator;
import org.nianbao.generator.model.ArithmeticComputer;
import org.nianbao.generator.model.ReportView;
import org.nianbao.importer.ArithmeticRowChecker;
import org.nianbao.importer.Importer;
import org.nianbao.importer.source.Sources;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.Report;

import com.google.inject.Injector;

/**
 * Import, warm, in reports per second: the published text forms (the samples, the corpus's page on
 * one line, pdftotext layout and PDF-to-Markdown text) and HTML pages (the generator's, of the
 * examples), each through the whole importer (read, map, print, parse, format), beside reading the
 * same bytes into tokens only (the floor). Medians of timed rounds after a warm-up.
 */
final class ImportBench {
	private ImportBench() {
	}

	interface Work {
		void run(String name, byte[] bytes) throws Exception;
	}

	static List<String[]> run(Path root, Injector injector, double seconds) throws Exception {
		Map<String, Map<String, byte[]>> sets = new LinkedHashMap<>();
		Map<String, byte[]> text = new LinkedHashMap<>();
		try (var seeds = Files.list(root.resolve("examples/published"))) {
			for (Path p : seeds.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				text.put(p.getFileName().toString(), Files.readAllBytes(p));
			}
		}
		Path corpus = root.resolve("examples/corpus").normalize();
		if (Files.isDirectory(corpus)) {
			try (var files = Files.list(corpus)) {
				for (Path p : files.filter(f -> f.toString().endsWith(".txt") && !f.endsWith("README.md")).sorted().toList()) {
					String all = Files.readString(p, StandardCharsets.UTF_8);
					text.put(p.getFileName().toString(), all.substring(all.indexOf('\n') + 1).getBytes(StandardCharsets.UTF_8));
				}
			}
		}
		sets.put("text (" + text.size() + " published reports: samples and corpus)", text);
		Map<String, byte[]> html = new LinkedHashMap<>();
		try (var examples = Files.list(root.resolve("examples"))) {
			for (Path p : examples.filter(f -> f.toString().endsWith(".nianbao")).sorted().toList()) {
				XtextResourceSet rs = injector.getInstance(XtextResourceSet.class);
				XtextResource r = (XtextResource) rs.getResource(URI.createFileURI(p.toString()), true);
				EcoreUtil.resolveAll(r);
				if (((NianbaoFile) r.getContents().get(0)).getElements().get(0) instanceof Report report) {
					ReportView view = ReportView.of(report, p.getFileName().toString(), List.of(),
							injector.getInstance(ArithmeticComputer.class));
					html.put(p.getFileName() + ".html", new HtmlGenerator().generate(view).getBytes(StandardCharsets.UTF_8));
				}
			}
		}
		sets.put("HTML (" + html.size() + " pages generated from the examples)", html);
		Path pdf = corpus.resolve("huaian-city-2024.pdf");
		if (Files.isRegularFile(pdf)) {
			// the whole PDF import: text layer laid out, mapped, printed, parsed and formatted (6 pages)
			sets.put("PDF (the corpus's 6-page huaian-city-2024.pdf; ×6 for pages/s)", Map.of("huaian-city-2024.pdf", Files.readAllBytes(pdf)));
		}
		Importer importer = new Importer(injector, new ArithmeticRowChecker());
		List<String[]> rows = new ArrayList<>();
		for (Map.Entry<String, Map<String, byte[]>> set : sets.entrySet()) {
			Map<String, byte[]> inputs = set.getValue();
			if (inputs.isEmpty()) {
				continue;
			}
			double[] ours = reportsPerSecond(inputs, seconds,
					(name, bytes) -> importer.importBytes(name, bytes, Importer.TemplateChoice.AUTO));
			double[] floor = reportsPerSecond(inputs, seconds, Sources::read);
			String name = "import reports/s warm, one JVM: " + set.getKey();
			boolean isPdf = set.getKey().startsWith("PDF");
			rows.add(new String[] { name, String.format(Locale.ROOT,
					"%,.0f reports/s wall, %,.0f per CPU-second (medians, after %.0f s of warm-up)%s; reading tokens only, the floor: %,.0f wall, %,.0f per CPU-second",
					ours[0], ours[1], ours[2], isPdf ? String.format(Locale.ROOT, " = %,.0f pages/s", ours[0] * 6) : "", floor[0], floor[1]),
					isPdf ? "≥ 50 pages/s" : "≥ 1,000 reports/s" });
			System.err.printf("%s: %.0f/s wall, %.0f per CPU-s; floor %.0f, %.0f%n", name, ours[0], ours[1], floor[0], floor[1]);
			int cores = Runtime.getRuntime().availableProcessors();
			if (cores > 1 && !isPdf) {
				// what a batch (an audit) gets from the same JVM on every core: the importer keeps one resource set per thread
				double all = onEveryCore(inputs, seconds, cores,
						(n, bytes) -> importer.importBytes(n, bytes, Importer.TemplateChoice.AUTO));
				rows.add(new String[] { name.replace("one JVM", "one JVM, " + cores + " threads"),
						String.format(Locale.ROOT, "%,.0f reports/s wall (median of rounds; %.2f× one thread)", all, all / ours[0]),
						"(beside the target)" });
				System.err.printf("  on %d threads: %.0f/s wall%n", cores, all);
			}
			var threads = java.lang.management.ManagementFactory.getThreadMXBean();
			for (Map.Entry<String, byte[]> in : inputs.entrySet()) {
				List<Long> cpu = new ArrayList<>();
				for (int k = 0; k < 15; k++) {
					long c = threads.getCurrentThreadCpuTime();
					importer.importBytes(in.getKey(), in.getValue(), Importer.TemplateChoice.AUTO);
					cpu.add(threads.getCurrentThreadCpuTime() - c);
				}
				System.err.printf("  %s: %.2f ms CPU (median)%n", in.getKey(), median(cpu) / 1e6);
			}
		}
		return rows;
	}

	/**
	 * Warm for half the time and on until the JIT has compiled nothing for a second (at most
	 * {@link #MAX_WARM_UP_SECONDS}: "warm" is the compiled code's speed, and a short warm-up measured
	 * the text forms a third slower than a long one), then rounds over every input for the other half;
	 * inputs over the median round, by wall clock and by this thread's CPU time (the figure that other
	 * load on a shared machine does not move).
	 */
	private static double[] reportsPerSecond(Map<String, byte[]> inputs, double seconds, Work work) throws Exception {
		var threads = java.lang.management.ManagementFactory.getThreadMXBean();
		var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
		long start = System.nanoTime();
		long warmEnd = start + (long) (seconds / 2 * 1e9), latest = start + (long) (MAX_WARM_UP_SECONDS * 1e9);
		long compiled = -1, quietSince = start;
		while (true) {
			round(inputs, work);
			long now = System.nanoTime();
			long total = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
			if (total != compiled) {
				compiled = total;
				quietSince = now;
			}
			if (now >= latest || now >= warmEnd && now - quietSince >= 1_000_000_000L) {
				break;
			}
		}
		double warmedSeconds = (System.nanoTime() - start) / 1e9;
		List<Long> times = new ArrayList<>(), cpu = new ArrayList<>();
		long end = System.nanoTime() + (long) (seconds / 2 * 1e9);
		while (System.nanoTime() < end || times.size() < 5) {
			long t = System.nanoTime(), c = threads.getCurrentThreadCpuTime();
			round(inputs, work);
			times.add(System.nanoTime() - t);
			cpu.add(threads.getCurrentThreadCpuTime() - c);
		}
		return new double[] { inputs.size() / (median(times) / 1e9), inputs.size() / (median(cpu) / 1e9), warmedSeconds };
	}

	private static final double MAX_WARM_UP_SECONDS = 40;

	/** Rounds of every input on each of {@code threads} threads at once, after a warm-up; inputs per second, median round. */
	private static double onEveryCore(Map<String, byte[]> inputs, double seconds, int threads, Work work) throws Exception {
		var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		try {
			List<Long> times = new ArrayList<>();
			long end = System.nanoTime() + (long) (seconds * 1e9);
			int round = 0;
			while (System.nanoTime() < end || times.size() < 5) {
				long t = System.nanoTime();
				List<java.util.concurrent.Future<?>> done = new ArrayList<>();
				for (int k = 0; k < threads; k++) {
					done.add(pool.submit(() -> {
						round(inputs, work);
						return null;
					}));
				}
				for (var f : done) {
					f.get();
				}
				if (round++ >= 3) { // the first rounds warm the other threads' resource sets
					times.add(System.nanoTime() - t);
				}
			}
			return threads * inputs.size() / (median(times) / 1e9);
		} finally {
			pool.shutdownNow();
		}
	}

	private static long median(List<Long> values) {
		long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static void round(Map<String, byte[]> inputs, Work work) throws Exception {
		for (Map.Entry<String, byte[]> in : inputs.entrySet()) {
			work.run(in.getKey(), in.getValue());
		}
	}
}
