package org.nianbao.importer.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nianbao.validation.Finding;

/** The result of auditing a batch of reports: one entry per input, and every finding. */
public final class AuditSummary {

	/**
	 * One report of the batch.
	 *
	 * @param status "ok", or "import-failed" / "unreadable" when the input never became a report
	 * @param published the report's 发布 date as written, null when it has none
	 * @param snapshot  its key figures, narrative and cells ({@link ReportSnapshots}), null when not taken
	 */
	public record Entry(String input, String organ, Integer year, String template, int errors, int warnings,
			List<String> firstFindings, String status, String published, ReportSnapshot snapshot) {
		public Entry(String input, String organ, Integer year, String template, int errors, int warnings,
				List<String> firstFindings, String status, String published) {
			this(input, organ, year, template, errors, warnings, firstFindings, status, published, null);
		}
	}

	/**
	 * One finding, located in the input (for imported inputs: the line of the published file).
	 *
	 * @param file the file {@code line} and {@code column} refer to (an imported report's findings:
	 *        its import; the importer's messages: the published file)
	 * @param cell {@code 表.行.列} of a cell finding, else null
	 * @param fingerprint the stable identity ({@link org.nianbao.validation.Fingerprints})
	 * @param origin {@link Origins#PUBLICATION} or {@link Origins#IMPORT}
	 */
	public record Item(String input, int line, int column, String severity, String code, String message, String file,
			String organ, Integer year, String cell, String fingerprint, String origin, Finding.Published source) {
		public Item(String input, int line, int column, String severity, String code, String message, String file,
				String organ, Integer year, String cell, String fingerprint, String origin) {
			this(input, line, column, severity, code, message, file, organ, year, cell, fingerprint, origin, null);
		}

		/** Where the finding is in the published file (`第N页第M行`), or "" when not imported. */
		public String published() {
			return source == null ? "" : source.file() + " 第" + source.page() + "页第" + source.line() + "行第" + source.column() + "列";
		}

		public boolean isError() {
			return "error".equals(severity);
		}

		/** The input of the report the finding is of: an imported report's findings read "input → import". */
		public String reportInput() {
			int arrow = input.indexOf(" → ");
			return arrow < 0 ? input : input.substring(0, arrow);
		}
	}

	public final List<Entry> reports = new ArrayList<>();
	public final List<Item> findings = new ArrayList<>();
	/** Last year's reports ({@code --previous-dir}), for the years side by side: no findings of theirs. */
	public final List<Entry> previous = new ArrayList<>();
	/** The run against a baseline ({@code --baseline}), null without one. */
	public BaselineComparison baseline;
	/** The roster check ({@code --roster}), null without one. */
	public RosterReport roster;

	/** The baseline state of a finding, null when the run has no baseline. */
	public String baselineState(Item f) {
		return baseline == null ? null : baseline.state(f.fingerprint());
	}

	/** Findings per origin: publication, import. */
	public Map<String, Integer> byOrigin() {
		Map<String, Integer> m = new java.util.LinkedHashMap<>();
		m.put(Origins.PUBLICATION, 0);
		m.put(Origins.IMPORT, 0);
		for (Item f : findings) {
			m.merge(f.origin(), 1, Integer::sum);
		}
		return m;
	}

	public int errorCount() {
		return (int) findings.stream().filter(Item::isError).count();
	}

	public int warningCount() {
		return (int) findings.stream().filter(f -> "warning".equals(f.severity())).count();
	}

	public int reportsWithErrors() {
		return (int) reports.stream().filter(e -> e.errors() > 0).count();
	}

	public int failedInputs() {
		return (int) reports.stream().filter(e -> !"ok".equals(e.status())).count();
	}

	/** Findings per code, codes in order. */
	public Map<String, Integer> byCode() {
		Map<String, Integer> m = new TreeMap<>();
		for (Item f : findings) {
			m.merge(f.code(), 1, Integer::sum);
		}
		return m;
	}

	/** Reports per bucket of error counts: 0, 1, 2–5, 6–10, more. */
	public Map<String, Integer> byErrorBucket() {
		Map<String, Integer> m = new java.util.LinkedHashMap<>();
		for (String b : BUCKETS) {
			m.put(b, 0);
		}
		for (Entry e : reports) {
			m.merge(bucket(e.errors()), 1, Integer::sum);
		}
		return m;
	}

	public static final List<String> BUCKETS = List.of("0", "1", "2–5", "6–10", ">10");

	static String bucket(int errors) {
		return errors == 0 ? "0" : errors == 1 ? "1" : errors <= 5 ? "2–5" : errors <= 10 ? "6–10" : ">10";
	}

	/** Findings per severity (error, warning, info). */
	public Map<String, Integer> bySeverity() {
		Map<String, Integer> m = new java.util.LinkedHashMap<>();
		m.put("error", 0);
		m.put("warning", 0);
		m.put("info", 0);
		for (Item f : findings) {
			m.merge(f.severity(), 1, Integer::sum);
		}
		return m;
	}
}
