package org.nianbao.importer.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reviewer's decisions on findings, by fingerprint: still {@code open}, {@code confirmed} (the
 * organ must correct it) or {@code dismissed} (a known, explained difference; {@code reason} says why).
 */
public record Baseline(List<Entry> findings) {

	public static final String OPEN = "open", CONFIRMED = "confirmed", DISMISSED = "dismissed";
	public static final Set<String> STATUSES = Set.of(OPEN, CONFIRMED, DISMISSED);

	/**
	 * One decided finding, with what identifies it for a human (organ, year, cell, message).
	 *
	 * @param cell {@code 表.行.列}, null for a finding on text
	 */
	public record Entry(String fingerprint, String code, String organ, Integer year, String cell, String message,
			String status, String reason) {
	}

	public static final Baseline EMPTY = new Baseline(List.of());

	/** The entries by fingerprint, in file order. */
	public Map<String, Entry> byFingerprint() {
		Map<String, Entry> m = new LinkedHashMap<>();
		for (Entry e : findings) {
			m.putIfAbsent(e.fingerprint(), e);
		}
		return m;
	}

	/**
	 * The baseline of a run: one entry per finding, with the status and reason this baseline holds
	 * for it ({@code open} for a finding it does not know). Entries of findings that are gone are
	 * not kept: they were fixed, and the comparison reports them.
	 */
	public Baseline update(List<AuditSummary.Item> run) {
		Map<String, Entry> old = byFingerprint();
		Map<String, Entry> result = new LinkedHashMap<>();
		for (AuditSummary.Item f : run) {
			Entry before = old.get(f.fingerprint());
			result.putIfAbsent(f.fingerprint(), new Entry(f.fingerprint(), f.code(), f.organ(), f.year(), f.cell(),
					f.message(), before == null ? OPEN : before.status(), before == null ? null : before.reason()));
		}
		return new Baseline(List.copyOf(result.values()));
	}
}
