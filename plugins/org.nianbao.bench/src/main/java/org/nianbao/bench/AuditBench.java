package org.nianbao.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
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
		Run validate = median(runs + 2, () -> timed(List.of(nianbao, "validate", one.toString())));
		Run audit = median(runs, () -> timed(List.of(nianbao, "audit", small.toString())));
		rows.add(new String[] { "`nianbao validate` one report, cold (median of " + (runs + 2) + ")",
				String.format(Locale.ROOT, "%.2f s wall, %.2f s CPU", validate.seconds, validate.cpu), "" });
		rows.add(new String[] { "`nianbao audit` over 1,000 published text reports, cold, one process (median of " + runs + ")",
				String.format(Locale.ROOT, "%.2f s wall (%,.0f reports/s), %.1f s CPU (%.1f ms a report), peak RSS %,d MB",
						audit.seconds, 1000 / audit.seconds, audit.cpu, audit.cpu, audit.peakKb / 1024), "" });
		rows.add(new String[] { "audit of 1,000 ÷ validate of one",
				String.format(Locale.ROOT, "%.1f× wall, %.1f× CPU", audit.seconds / validate.seconds, audit.cpu / validate.cpu),
				"≤ 3× (wall)" });
		System.err.printf("audit 1000: %.2f s (CPU %.1f s), validate one: %.2f s (CPU %.2f s), ratio %.1f×%n", audit.seconds,
				audit.cpu, validate.seconds, validate.cpu, audit.seconds / validate.seconds);
		// Where the time goes, from the same run: the start (an audit of one report), and validation
		// alone (the same 1,000 reports given as the .nianbao files their import wrote: parse, link and
		// check on every core, no import). The difference to the full audit is the import's share.
		Path first = firstOf(small, out.resolve("audit-1"));
		Path imported = imports(nianbao, small, out.resolve("audit-1000-imported"), 1000);
		Run start = median(runs, () -> timed(List.of(nianbao, "audit", first.toString())));
		Run alone = median(runs, () -> timed(List.of(nianbao, "audit", imported.toString())));
		rows.add(new String[] { "`nianbao audit` of one of these reports (the start; median of " + runs + ")",
				String.format(Locale.ROOT, "%.2f s wall, %.2f s CPU", start.seconds, start.cpu), "" });
		rows.add(new String[] { "validation alone: `nianbao audit` of the 1,000 imports (.nianbao), cold (median of " + runs + ")",
				String.format(Locale.ROOT, "%.2f s wall, %.1f s CPU; ÷ validate of one = %.1f×; the import adds %.2f s wall, %.1f s CPU",
						alone.seconds, alone.cpu, alone.seconds / validate.seconds, audit.seconds - alone.seconds,
						audit.cpu - alone.cpu),
				"" });
		System.err.printf("audit of one: %.2f s; validation alone of the 1000: %.2f s (%.1f×)%n", start.seconds, alone.seconds,
				alone.seconds / validate.seconds);
		// The floor a faster start could reach: the same audit in this JVM, once the JIT has compiled it
		// (tiered, C2), after the start a process pays anyway.
		double[] warm = warm(small, 12);
		rows.add(new String[] { "the same 1,000 audited again in one JVM, compiled (tiered JIT; median of runs 7–12)",
				String.format(Locale.ROOT, "%.2f s wall, %.1f s CPU; with the start above: %.2f s = %.1f× validate of one",
						warm[0], warm[1], start.seconds + warm[0], (start.seconds + warm[0]) / validate.seconds),
				"" });
		System.err.printf("audit 1000 warm: %.2f s (CPU %.1f s)%n", warm[0], warm[1]);
		Path large = generate(root, out.resolve("audit-10000"), 10000);
		Run big = timed(List.of(nianbao, "audit", large.toString()));
		rows.add(new String[] { "`nianbao audit` over 10,000 reports: time, peak RSS (VmHWM)",
				String.format(Locale.ROOT, "%.1f s wall (%,.0f reports/s), %.0f s CPU, %,d MB", big.seconds, 10000 / big.seconds,
						big.cpu, big.peakKb / 1024),
				"≤ 512 MB" });
		System.err.printf("audit 10000: %.1f s, peak RSS %d MB%n", big.seconds, big.peakKb / 1024);
		// every output: the JSON a national audit sums, the CSVs, the dashboard, the workbook and the notice
		Path outputs = Files.createDirectories(out.resolve("audit-10000-outputs"));
		Run all = timed(List.of(nianbao, "audit", "--json", outputs.resolve("a.json").toString(), "--csv",
				outputs.resolve("a.csv").toString(), "--html", outputs.resolve("a.html").toString(), "--xlsx",
				outputs.resolve("a.xlsx").toString(), "--notice", outputs.resolve("a.docx").toString(), large.toString()));
		rows.add(new String[] { "the same with every output (`--json --csv --html --xlsx --notice`): time, peak RSS",
				String.format(Locale.ROOT, "%.1f s wall, %.0f s CPU, %,d MB (JSON %,d MB, dashboard %,d MB)", all.seconds, all.cpu,
						all.peakKb / 1024, Files.size(outputs.resolve("a.json")) >> 20, Files.size(outputs.resolve("a.html")) >> 20),
				"≤ 512 MB" });
		System.err.printf("audit 10000 with every output: %.1f s, peak RSS %d MB%n", all.seconds, all.peakKb / 1024);
		for (String name : List.of("a.json", "a.csv", "a.findings.csv", "a.html", "a.xlsx", "a.docx")) {
			Files.deleteIfExists(outputs.resolve(name));
		}
		Files.deleteIfExists(outputs);
		return rows;
	}

	/** Whether {@code dir} holds {@code count} files already; if not, it is made or emptied. */
	private static boolean holds(Path dir, int count) throws IOException {
		Files.createDirectories(dir);
		try (var old = Files.list(dir)) {
			if (old.count() == count) {
				return true;
			}
		}
		try (var old = Files.list(dir)) {
			for (Path p : (Iterable<Path>) old::iterator) {
				Files.delete(p);
			}
		}
		return false;
	}

	/** {@code count} published text reports in {@code dir} (made again only when the count differs). */
	static Path generate(Path root, Path dir, int count) throws IOException {
		if (holds(dir, count)) {
			return dir;
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

	/**
	 * {@code nianbao audit DIR} run {@code n} times in this JVM: the medians of wall and process CPU
	 * time over the second half of the runs, when the JIT has compiled what the audit runs.
	 */
	private static double[] warm(Path dir, int n) throws IOException {
		var os = java.lang.management.ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class);
		List<Double> wall = new ArrayList<>(), cpu = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			java.io.StringWriter sink = new java.io.StringWriter();
			long t0 = System.nanoTime(), c0 = os.getProcessCpuTime();
			int code = org.nianbao.cli.NianbaoCli.run(new java.io.PrintWriter(sink), new java.io.PrintWriter(sink),
					new String[] { "audit", "--fail-on", "never", dir.toString() });
			long t1 = System.nanoTime(), c1 = os.getProcessCpuTime();
			if (code != 0) {
				throw new IllegalStateException("audit of " + dir + " in the bench's JVM: exit " + code);
			}
			if (i >= n / 2) {
				wall.add((t1 - t0) / 1e9);
				cpu.add((c1 - c0) / 1e9);
			}
			Matcher work = WORK_DIR.matcher(sink.toString());
			if (work.find()) {
				delete(Paths.get(work.group(1)));
			}
		}
		wall.sort(null);
		cpu.sort(null);
		return new double[] { wall.get(wall.size() / 2), cpu.get(cpu.size() / 2) };
	}

	/** A folder holding the first report of {@code reports} alone. */
	private static Path firstOf(Path reports, Path dir) throws IOException {
		Files.createDirectories(dir);
		Path report = reports.resolve("r00000.txt");
		Path copy = dir.resolve(report.getFileName());
		Files.copy(report, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return dir;
	}

	/**
	 * The .nianbao files an audit of {@code reports} writes, kept in {@code dir} (made again only when
	 * the count differs): the same reports, already imported.
	 */
	private static Path imports(String nianbao, Path reports, Path dir, int count) throws Exception {
		if (holds(dir, count)) {
			return dir;
		}
		Path log = Files.createTempFile("nianbao-bench-", ".out");
		try {
			Process p = new ProcessBuilder(nianbao, "audit", reports.toString()).redirectOutput(log.toFile())
					.redirectError(ProcessBuilder.Redirect.DISCARD).start();
			p.waitFor();
			Matcher work = WORK_DIR.matcher(Files.readString(log, StandardCharsets.UTF_8));
			if (!work.find()) {
				throw new IllegalStateException("audit of " + reports + ": no folder of imports printed (exit " + p.exitValue() + ")");
			}
			Path current = Paths.get(work.group(1)).resolve("current");
			try (var made = Files.list(current)) {
				for (Path f : made.filter(f -> f.toString().endsWith(".nianbao")).toList()) {
					Files.move(f, dir.resolve(f.getFileName()));
				}
			}
			delete(Paths.get(work.group(1)));
		} finally {
			Files.deleteIfExists(log);
		}
		try (var made = Files.list(dir)) {
			long n = made.count();
			if (n != count) {
				throw new IllegalStateException(dir + ": " + n + " imports, not " + count);
			}
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
		Run run() throws Exception;
	}

	/** One warm-up run, then the run of median wall time among {@code n}, with the median CPU time. */
	private static Run median(int n, Timed t) throws Exception {
		t.run();
		List<Run> all = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			all.add(t.run());
		}
		double[] cpu = all.stream().mapToDouble(Run::cpu).sorted().toArray();
		Run middle = all.stream().sorted(Comparator.comparingDouble(Run::seconds)).toList().get(n / 2);
		return new Run(middle.seconds, middle.peakKb, cpu[n / 2]);
	}

	/** Wall time, peak RSS, and user + system CPU time (from /proc, sampled every 20 ms until the exit). */
	record Run(double seconds, long peakKb, double cpu) {
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
			long peak = 0, ticks = 0;
			Path proc = Paths.get("/proc", String.valueOf(p.pid()));
			while (p.isAlive()) {
				peak = Math.max(peak, hwm(proc.resolve("status")));
				ticks = Math.max(ticks, cpuTicks(proc.resolve("stat")));
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
			return new Run(seconds, peak, ticks / 100.0);
		} finally {
			Files.deleteIfExists(log);
		}
	}

	/** utime + stime of /proc/PID/stat, in clock ticks (1/100 s on Linux). */
	private static long cpuTicks(Path stat) {
		try {
			String line = Files.readString(stat);
			String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(f[11]) + Long.parseLong(f[12]);
		} catch (IOException | RuntimeException e) {
			return 0;
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
