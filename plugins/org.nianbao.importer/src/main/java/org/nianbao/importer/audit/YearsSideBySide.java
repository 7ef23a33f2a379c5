package org.nianbao.importer.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.nianbao.text.TextMeasures;
import org.nianbao.validation.IssueCodes;

/**
 * The years side by side, per organ: the template's key figures year by year, the similarity of the
 * section the template holds to differ ({@code distinct}) and of the whole narrative to the year
 * before's, and the cross-year findings. The years come from the batch and from last year's reports
 * ({@code --previous-dir}); organs match as the roster matches them ({@link OrganNames}).
 */
public final class YearsSideBySide {
	private YearsSideBySide() {
	}

	/** The codes of the checks against last year's report. */
	public static final Set<String> CROSS_YEAR_CODES = Set.of(IssueCodes.CARRY_OVER_MISMATCH, IssueCodes.IN_FORCE_MISMATCH,
			IssueCodes.PROBLEMS_REPEATED, IssueCodes.PREVIOUS_UNREADABLE, IssueCodes.PREVIOUS_YEAR_MISMATCH);

	/**
	 * One year of an organ.
	 *
	 * @param repeatSimilarity the {@code distinct} section's similarity to the year before's in percent, null
	 *                         without the year before (or the section)
	 * @param textSimilarity   the whole narrative's, likewise
	 */
	public record Year(int year, String input, Map<String, BigDecimal> figures, Integer repeatSimilarity,
			Integer textSimilarity) {
	}

	/** One organ: its years in order, the figures' labels, the section compared and its cross-year findings. */
	public record Organ(String organ, List<Year> years, Map<String, String> labels, String repeatSection,
			String repeatHeading, List<AuditSummary.Item> findings) {
	}

	/** The organs with two years or more, or with a cross-year finding, in the order of their names. */
	public static List<Organ> of(AuditSummary s) {
		List<AuditSummary.Entry> all = new ArrayList<>();
		for (List<AuditSummary.Entry> list : List.of(s.previous, s.reports)) {
			list.stream().filter(e -> e.organ() != null && e.year() != null && e.snapshot() != null).forEach(all::add);
		}
		Map<String, String> keys = keys(all);
		Map<String, TreeMap<Integer, AuditSummary.Entry>> byOrgan = new TreeMap<>();
		Map<String, String> shown = new LinkedHashMap<>();
		for (AuditSummary.Entry e : all) {
			String key = keys.get(OrganNames.normalise(e.organ()));
			byOrgan.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(e.year(), e);
			shown.put(key, e.organ()); // the latest batch's name
		}
		Map<String, List<AuditSummary.Item>> findings = new LinkedHashMap<>();
		for (AuditSummary.Item f : s.findings) {
			String key = f.organ() == null ? null : keys.get(OrganNames.normalise(f.organ()));
			if (key != null && CROSS_YEAR_CODES.contains(f.code())) {
				findings.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
			}
		}
		List<Organ> result = new ArrayList<>();
		for (var o : byOrgan.entrySet()) {
			List<AuditSummary.Item> own = findings.getOrDefault(o.getKey(), List.of());
			if (o.getValue().size() < 2 && own.isEmpty()) {
				continue;
			}
			List<Year> years = new ArrayList<>();
			Map<String, String> labels = new LinkedHashMap<>();
			String repeat = null, heading = null;
			for (AuditSummary.Entry e : o.getValue().values()) {
				ReportSnapshot now = e.snapshot();
				AuditSummary.Entry before = o.getValue().get(e.year() - 1);
				ReportSnapshot last = before == null ? null : before.snapshot();
				labels.putAll(now.labels());
				if (now.repeatSection() != null) {
					repeat = now.repeatSection();
					heading = now.repeatHeading();
				}
				years.add(new Year(e.year(), e.input(), now.figures(), similarity(now, last, now.repeatSection()),
						last == null ? null : percent(TextMeasures.similarity(now.text(), last.text()))));
			}
			result.add(new Organ(shown.get(o.getKey()), years, labels, repeat, heading, own));
		}
		return result;
	}

	/**
	 * Each organ's name (normalised) → the name its years are kept under: its own, or the one longer
	 * name that contains it, as the cross-year check matches last year's report ("港口镇" printed on a
	 * page, "中山市港口镇人民政府" in the report).
	 */
	static Map<String, String> keys(List<AuditSummary.Entry> entries) {
		List<String> names = entries.stream().map(e -> OrganNames.normalise(e.organ())).distinct()
				.sorted((a, b) -> b.length() - a.length()).toList();
		Map<String, String> keys = new LinkedHashMap<>();
		for (String n : names) {
			List<String> containing = names.stream().filter(m -> m.length() > n.length() && m.contains(n)).toList();
			keys.put(n, containing.size() == 1 ? keys.get(containing.get(0)) : n);
		}
		return keys;
	}

	private static Integer similarity(ReportSnapshot now, ReportSnapshot last, String section) {
		if (last == null || section == null || !now.sections().containsKey(section) || !last.sections().containsKey(section)) {
			return null;
		}
		return percent(TextMeasures.similarity(now.sections().get(section), last.sections().get(section)));
	}

	private static int percent(double d) {
		return (int) Math.round(d * 100);
	}
}
