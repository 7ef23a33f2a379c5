package org.nianbao.importer.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run against a baseline: each finding {@code new} (not in the baseline), {@code unchanged} (in
 * it, still open), {@code confirmed} or {@code dismissed} (as the reviewer decided), and the
 * baseline's findings that no longer occur ({@code fixed}).
 */
public final class BaselineComparison {

	public static final String NEW = "new", UNCHANGED = "unchanged", CONFIRMED = Baseline.CONFIRMED,
			DISMISSED = Baseline.DISMISSED, FIXED = "fixed";
	/** The states in the order the summary counts them. */
	public static final List<String> STATES = List.of(NEW, UNCHANGED, CONFIRMED, DISMISSED, FIXED);

	private final Map<String, Baseline.Entry> known;
	private final Map<String, String> states = new LinkedHashMap<>();
	private final List<Baseline.Entry> fixed = new ArrayList<>();

	public BaselineComparison(Baseline baseline, List<AuditSummary.Item> run) {
		this.known = baseline.byFingerprint();
		Set<String> seen = new HashSet<>();
		for (AuditSummary.Item f : run) {
			seen.add(f.fingerprint());
			Baseline.Entry e = known.get(f.fingerprint());
			states.put(f.fingerprint(), e == null ? NEW
					: Baseline.CONFIRMED.equals(e.status()) ? CONFIRMED
					: Baseline.DISMISSED.equals(e.status()) ? DISMISSED : UNCHANGED);
		}
		for (Baseline.Entry e : known.values()) {
			if (!seen.contains(e.fingerprint())) {
				fixed.add(e);
			}
		}
	}

	/** The state of a finding of the run. */
	public String state(String fingerprint) {
		return states.getOrDefault(fingerprint, NEW);
	}

	/** The baseline's entry for a finding (its status and reason), or null when it is new. */
	public Baseline.Entry entry(String fingerprint) {
		return known.get(fingerprint);
	}

	public List<Baseline.Entry> fixed() {
		return fixed;
	}

	/** Findings per state, fixed included, every state present. */
	public Map<String, Integer> counts(List<AuditSummary.Item> run) {
		Map<String, Integer> m = new LinkedHashMap<>();
		STATES.forEach(s -> m.put(s, 0));
		for (AuditSummary.Item f : run) {
			m.merge(state(f.fingerprint()), 1, Integer::sum);
		}
		m.put(FIXED, fixed.size());
		return m;
	}
}
