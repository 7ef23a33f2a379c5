package org.nianbao.importer.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The roster organ a published name stands for, held to the scan of the roster it replaced. */
class RosterMatchTest {

	/** The roster read in order, each organ compared with the name: what the lookup must answer. */
	private static RosterCheck.Match byScanningTheRoster(Roster roster, String published) {
		RosterCheck.Match best = null;
		for (Roster.Organ o : roster.organs()) {
			if (OrganNames.same(o.organ(), published)) {
				return new RosterCheck.Match(o, 1, true);
			}
			double s = OrganNames.similarity(o.organ(), published);
			if (s >= OrganNames.SIMILAR && (best == null || s > best.similarity())) {
				best = new RosterCheck.Match(o, s, false);
			}
		}
		return best;
	}

	@Test
	void matchesAsScanningTheRosterWould() {
		// one organ's name with a character or two changed, spaces and widths varied: exact, alike, and
		// tied matches all occur
		String base = "中山市南朗镇人民政府办公室";
		char[] others = { '三', '乡', '坦', '洲', '俯', '府' };
		Random random = new Random(20261202);
		int exact = 0, alike = 0, none = 0;
		for (int round = 0; round < 300; round++) {
			List<Roster.Organ> organs = new ArrayList<>();
			int n = 1 + random.nextInt(12);
			for (int i = 0; i < n; i++) {
				organs.add(new Roster.Organ(variant(base, others, random), "部门", ""));
			}
			Roster roster = new Roster(organs);
			for (int q = 0; q < 20; q++) {
				String published = random.nextInt(30) == 0 ? null : variant(base, others, random);
				RosterCheck.Match expected = byScanningTheRoster(roster, published);
				RosterCheck.Match actual = RosterCheck.match(roster, published);
				assertEquals(expected, actual, () -> published + " in " + organs);
				if (expected != null) {
					assertSame(expected.organ(), actual.organ(), "the same organ of the roster, not an equal one");
					if (expected.exact()) {
						exact++;
					} else {
						alike++;
					}
				} else {
					none++;
				}
			}
		}
		assertTrue(exact > 300 && alike > 300 && none > 300, exact + " exact, " + alike + " alike, " + none + " none");
	}

	/** {@code base} with up to two characters changed, and maybe a space (half or full width) or full-width brackets. */
	private static String variant(String base, char[] others, Random random) {
		StringBuilder b = new StringBuilder(base);
		for (int k = random.nextInt(3); k > 0; k--) {
			b.setCharAt(random.nextInt(b.length()), others[random.nextInt(others.length)]);
		}
		switch (random.nextInt(5)) {
		case 0 -> b.insert(random.nextInt(b.length()), ' ');
		case 1 -> b.insert(random.nextInt(b.length()), '\u3000');
		case 2 -> b.append(random.nextBoolean() ? "（一）" : "(一)");
		default -> {
		}
		}
		return b.toString();
	}
}
