package org.nianbao.importer.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The audit's reports against the roster for one year: who has not published, who published late
 * or in the wrong format, who published twice, and whose reports the roster does not know. Only the
 * reports of that year take part; inputs that never became a report (no organ) cannot be matched.
 */
public final class RosterCheck {
	private RosterCheck() {
	}

	/** The year most reports have (the latest of those tied); null when no report names a year. */
	public static Integer commonYear(List<AuditSummary.Entry> reports) {
		Map<Integer, Integer> counts = new TreeMap<>();
		for (AuditSummary.Entry e : reports) {
			if (e.year() != null) {
				counts.merge(e.year(), 1, Integer::sum);
			}
		}
		Integer best = null;
		for (var c : counts.entrySet()) {
			if (best == null || c.getValue() >= counts.get(best)) {
				best = c.getKey();
			}
		}
		return best;
	}

	/** A report matched to a roster organ, by name or by similarity. */
	record Match(Roster.Organ organ, double similarity, boolean exact) {
	}

	/** The roster organ a published name stands for, or null. */
	static Match match(Roster roster, String published) {
		return new Names(roster).match(published);
	}

	/**
	 * A roster's organs by normalised name (unique in a roster): a report's organ is looked up, not
	 * compared with each organ, and only a name the roster does not hold is compared for similarity.
	 */
	private static final class Names {
		private final Roster roster;
		private final Map<String, Roster.Organ> byName = new HashMap<>();
		/** The organs' names normalised, in roster order. */
		private final List<String> normalised = new ArrayList<>();

		Names(Roster roster) {
			this.roster = roster;
			for (Roster.Organ o : roster.organs()) {
				String name = OrganNames.normalise(o.organ());
				byName.putIfAbsent(name, o);
				normalised.add(name);
			}
		}

		Match match(String published) {
			String name = OrganNames.normalise(published);
			Roster.Organ same = byName.get(name);
			if (same != null) {
				return new Match(same, 1, true);
			}
			Match best = null;
			for (int i = 0; i < normalised.size(); i++) {
				double s = OrganNames.similarityOfNormalised(normalised.get(i), name);
				if (s >= OrganNames.SIMILAR && (best == null || s > best.similarity())) {
					best = new Match(roster.organs().get(i), s, false);
				}
			}
			return best;
		}
	}

	public static RosterReport check(Roster roster, List<AuditSummary.Entry> reports, int year) {
		List<RosterReport.Late> late = new ArrayList<>();
		List<RosterReport.WrongFormat> wrongFormat = new ArrayList<>();
		List<RosterReport.Unknown> unknown = new ArrayList<>();
		List<RosterReport.Similar> similar = new ArrayList<>();
		List<RosterReport.Undated> undated = new ArrayList<>();
		// organ (the roster's name, or the normalised published name of an unknown organ) → its inputs
		Map<String, List<String>> byOrgan = new LinkedHashMap<>();
		Map<String, String> shownName = new HashMap<>();
		Names names = new Names(roster);
		for (AuditSummary.Entry e : reports) {
			if (e.organ() == null || e.year() == null || e.year() != year) {
				continue;
			}
			Match m = names.match(e.organ());
			String published = m != null && !m.exact() ? e.organ() : null;
			Boolean bySimilarity = published != null ? Boolean.TRUE : null;
			String organ = m == null ? e.organ() : m.organ().organ();
			String key = m == null ? "?" + OrganNames.normalise(e.organ()) : m.organ().organ();
			byOrgan.computeIfAbsent(key, k -> new ArrayList<>()).add(e.input());
			shownName.putIfAbsent(key, organ);
			if (m == null) {
				unknown.add(new RosterReport.Unknown(e.organ(), e.input()));
			} else if (!m.exact()) {
				similar.add(new RosterReport.Similar(organ, e.organ(), e.input(), Math.round(m.similarity() * 1000) / 1000.0,
						true));
			}
			String expected = Formats.expected(year);
			if (expected != null && e.template() != null && !expected.equals(e.template())) {
				wrongFormat.add(new RosterReport.WrongFormat(organ, e.input(), year, e.template(), expected, published,
						bySimilarity));
			}
			if (m != null) {
				LocalDate date = date(e.published());
				LocalDate due = Deadlines.due(m.organ().kind(), year);
				if (date == null) {
					undated.add(new RosterReport.Undated(organ, e.input(), e.published()));
				} else if (date.isAfter(due)) {
					late.add(new RosterReport.Late(organ, m.organ().kind(), e.input(), date.toString(), due.toString(),
							published, bySimilarity));
				}
			}
		}
		List<RosterReport.Missing> missing = new ArrayList<>();
		for (Roster.Organ o : roster.organs()) {
			if (!byOrgan.containsKey(o.organ())) {
				missing.add(new RosterReport.Missing(o.organ(), o.kind(), o.parent().isEmpty() ? null : o.parent()));
			}
		}
		List<RosterReport.Duplicate> duplicate = new ArrayList<>();
		byOrgan.forEach((key, inputs) -> {
			if (inputs.size() > 1) {
				duplicate.add(new RosterReport.Duplicate(shownName.get(key), List.copyOf(inputs)));
			}
		});
		return new RosterReport(year, missing, late, wrongFormat, duplicate, unknown, similar, undated);
	}

	/** A 发布 date as the language writes it (ISO, yyyy-MM-dd); null when absent or not a date. */
	static LocalDate date(String s) {
		if (s == null || s.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(s.strip());
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
