package org.nianbao.bench;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nianbao.cli.NianbaoCli;

/**
 * The audit's dashboard with 1,000 reports in headless Chromium: {@code audit --html} over the
 * generated reports, then the page opened {@value #RUNS} times with {@code #bench=1}; the page records
 * when its first view was drawn ({@code data-open-ms}: from navigation start, so HTML parse, JSON
 * parse and rendering) and how long one filter change took ({@code data-filter-ms}). Medians.
 */
final class DashboardBench {
	private DashboardBench() {
	}

	static final int RUNS = 5;
	private static final Pattern OPEN = Pattern.compile("data-open-ms=\"([0-9.]+)\""),
			FILTER = Pattern.compile("data-filter-ms=\"([0-9.]+)\"");

	static List<String[]> run(Path out, List<Path> reports) throws Exception {
		List<String[]> rows = new ArrayList<>();
		String chromium = chromium();
		if (chromium == null) {
			rows.add(new String[] { "dashboard", "not measured: chromium not installed", "" });
			return rows;
		}
		Path html = out.resolve("dashboard.html");
		List<String> args = new ArrayList<>(List.of("audit", "--html", html.toString(), "--fail-on", "never"));
		reports.forEach(r -> args.add(r.toString()));
		StringWriter sink = new StringWriter();
		long t0 = System.nanoTime();
		int code = NianbaoCli.run(new PrintWriter(sink), new PrintWriter(sink), args.toArray(String[]::new));
		double audit = (System.nanoTime() - t0) / 1e9;
		if (code != 0) {
			rows.add(new String[] { "dashboard", "not measured: audit exited " + code, "" });
			return rows;
		}
		double[] open = new double[RUNS], filter = new double[RUNS], wall = new double[RUNS];
		Path profile = Files.createDirectories(out.resolve("chromium-profile"));
		for (int i = 0; i < RUNS; i++) {
			long s = System.nanoTime();
			String dom = dom(chromium, profile, html.toUri() + "#view=findings&bench=1");
			wall[i] = (System.nanoTime() - s) / 1e6;
			open[i] = number(OPEN, dom);
			filter[i] = number(FILTER, dom);
		}
		long size = Files.size(html);
		rows.add(new String[] { String.format(Locale.ROOT, "dashboard, %d reports (%.1f MB page): opened and drawn in headless Chromium",
				reports.size(), size / 1e6), String.format(Locale.ROOT, "%.0f ms (median of %d; the whole headless run, browser start and virtual-time budget included: %.0f ms)",
						median(open), RUNS, median(wall)), "< 2 s" });
		rows.add(new String[] { "dashboard: one filter change (severity = error), redrawn",
				String.format(Locale.ROOT, "%.0f ms", median(filter)), "< 2 s with the opening" });
		System.err.printf(Locale.ROOT, "dashboard: audit --html of %d reports took %.1f s; open %s ms, filter %s ms%n", reports.size(),
				audit, Arrays.toString(open), Arrays.toString(filter));
		return rows;
	}

	private static double number(Pattern p, String dom) {
		Matcher m = p.matcher(dom);
		if (!m.find()) {
			throw new IllegalStateException("the page recorded no timing: " + p);
		}
		return Double.parseDouble(m.group(1));
	}

	private static double median(double[] v) {
		double[] s = v.clone();
		Arrays.sort(s);
		return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
	}

	private static String chromium() {
		for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
			for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
				if (Files.isExecutable(Path.of(dir, name))) {
					return Path.of(dir, name).toString();
				}
			}
		}
		return null;
	}

	private static String dom(String chromium, Path profile, String url) throws Exception {
		Path dump = Files.createTempFile(profile, "dom", ".html");
		Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--virtual-time-budget=30000",
				"--user-data-dir=" + profile, "--dump-dom", url).redirectOutput(dump.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
		if (!p.waitFor(180, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			throw new IllegalStateException("chromium timed out");
		}
		String dom = Files.readString(dump, StandardCharsets.UTF_8);
		Files.delete(dump);
		return dom;
	}
}
