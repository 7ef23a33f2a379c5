package org.nianbao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit as a user runs it: `./nianbao audit DIR` over 1,000 published text reports, one fresh
 * JVM per run, beside `./nianbao validate ONE.nianbao` cold (medians, and their ratio); then one
 * run over 10,000 reports with the process's peak RSS (VmHWM from /proc). The reports are the
 * published samples with their numbers perturbed: 70 % as published, 30 % with one to three digits
 * changed (so findings differ report by report). Opt-in (`--audit`): the runs take minutes.
 */
final class AuditBench {
	private AuditBench() {
	}

	private static final Pattern NUMBER = Pattern.compile("\\d+");
	private static final Pattern WORK_DIR = Pattern.compile("导入结果保存在 (\\S+)");

	static List<String[]> run(Path root, Path out, int runs) throws Exception {
		String nianbao = root.resolve("nianbao").toString();
		// the launcher builds the jar (and its AOT cache) on first use; that is not what gets timed
		new ProcessBuilder(nianbao, "--version").inheritIO().start().waitFor();
		Path small = generate(root, out.resolve("audit-1000"), 1000);
		Path one = root.resolve("examples/gangkou-2024.nianbao");
		List<String[]> rows = new ArrayList<>();
		double validate = median(runs + 2, () -> timed(List.of(nianbao, "validate", one.toString())).seconds);
		double audit = median(runs, () -> timed(List.of(nianbao, "audit", small.toString())).seconds);
		rows.add(new String[] { "`nianbao validate` one report, cold (median of " + (runs + 2) + ")",
				String.format(Locale.ROOT, "%.2f s", validate), "" });
		rows.add(new String[] { "`nianbao audit` over 1,000 published text reports, cold, one process (median of " + runs + ")",
				String.format(Locale.ROOT, "%.2f s (%.1f ms a report, %,.0f reports/s)", audit, audit, 1000 / audit), "" });
		rows.add(new String[] { "audit of 1,000 ÷ validate of one", String.format(Locale.ROOT, "%.1f×", audit / validate),
				"≤ 3×" });
		System.err.printf("audit 1000: %.2f s, validate one: %.2f s, ratio %.1f×%n", audit, validate, audit / validate);
		Path large = generate(root, out.resolve("audit-10000"), 10000);
		Run big = timed(List.of(nianbao, "audit", large.toString()));
		rows.add(new String[] { "`nianbao audit` over 10,000 reports: time, peak RSS (VmHWM)",
				String.format(Locale.ROOT, "%.1f s (%,.0f reports/s), %,d MB", big.seconds, 10000 / big.seconds, big.peakKb / 1024),
				"≤ 512 MB" });
		System.err.printf("audit 10000: %.1f s, peak RSS %d MB%n", big.seconds, big.peakKb / 1024);
		return rows;
	}

	/** {@code count} published text reports in {@code dir} (made again only when the count differs). */
	static Path generate(Path root, Path dir, int count) throws IOException {
		Files.createDirectories(dir);
		try (var old = Files.list(dir)) {
			if (old.count() == count) {
				return dir;
			}
		}
		try (var old = Files.list(dir)) {
			for (Path p : (Iterable<Path>) old::iterator) {
				Files.delete(p);
			}
		}
		List<String> seeds = new ArrayList<>();
		try (var files = Files.list(root.resolve("examples/published"))) {
			for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				seeds.add(Files.readString(p, StandardCharsets.UTF_8));
			}
		}
		for (int i = 0; i < count; i++) {
			String text = seeds.get(i % seeds.size());
			if (i % 10 >= 7) {
				text = perturbed(text, new Random(i), 1 + i % 3);
			}
			Files.writeString(dir.resolve(String.format("r%05d.txt", i)), text, StandardCharsets.UTF_8);
		}
		return dir;
	}

	/** The text with {@code n} digits of its numbers replaced by random ones. */
	private static String perturbed(String text, Random random, int n) {
		List<int[]> numbers = new ArrayList<>();
		Matcher m = NUMBER.matcher(text);
		while (m.find()) {
			numbers.add(new int[] { m.start(), m.end() });
		}
		StringBuilder b = new StringBuilder(text);
		for (int k = 0; k < n && !numbers.isEmpty(); k++) {
			int[] at = numbers.get(random.nextInt(numbers.size()));
			b.setCharAt(at[0] + random.nextInt(at[1] - at[0]), (char) ('0' + random.nextInt(10)));
		}
		return b.toString();
	}

	private interface Timed {
		double seconds() throws Exception;
	}

	/** One warm-up run, then the median of {@code n} timed runs. */
	private static double median(int n, Timed t) throws Exception {
		t.seconds();
		double[] s = new double[n];
		for (int i = 0; i < n; i++) {
			s[i] = t.seconds();
		}
		Arrays.sort(s);
		return s[n / 2];
	}

	record Run(double seconds, long peakKb) {
	}

	/**
	 * Runs a command (the launcher execs the JVM, so the process is the JVM) with its output in a
	 * file, polling its VmHWM; removes the audit's folder of imports afterwards.
	 */
	static Run timed(List<String> argv) throws Exception {
		Path log = Files.createTempFile("nianbao-bench-", ".out");
		try {
			long start = System.nanoTime();
			Process p = new ProcessBuilder(argv).redirectOutput(log.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			long peak = 0;
			Path status = Paths.get("/proc", String.valueOf(p.pid()), "status");
			while (p.isAlive()) {
				peak = Math.max(peak, hwm(status));
				Thread.sleep(20);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			if (p.exitValue() > 1) {
				throw new IllegalStateException(String.join(" ", argv) + ": exit " + p.exitValue());
			}
			String printed = Files.readString(log, StandardCharsets.UTF_8);
			if (argv.contains("audit") && !printed.contains("份报告")) {
				throw new IllegalStateException(String.join(" ", argv) + ": no summary printed (exit " + p.exitValue() + ")");
			}
			Matcher work = WORK_DIR.matcher(printed);
			if (work.find()) {
				delete(Paths.get(work.group(1)));
			}
			return new Run(seconds, peak);
		} finally {
			Files.deleteIfExists(log);
		}
	}

	private static long hwm(Path status) {
		try {
			for (String line : Files.readAllLines(status)) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		} catch (IOException | RuntimeException e) {
			// the process has just ended
		}
		return 0;
	}

	private static void delete(Path dir) throws IOException {
		if (!Files.isDirectory(dir) || !dir.getFileName().toString().startsWith("nianbao-audit-")) {
			return;
		}
		try (var all = Files.walk(dir)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
