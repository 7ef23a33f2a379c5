package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.nianbao.cli.AuditCommand.Previous;
import org.nianbao.importer.audit.OrganNames;

class LastYearIndexTest {

	/** The rule read off the list in order, one comparison per report: what the index must answer. */
	private static Previous byReadingTheList(List<Previous> previous, String organ, Integer year) {
		if (organ == null) {
			return null;
		}
		Previous best = null;
		for (Previous p : previous) {
			if (year != null && p.year() != null && p.year() != year - 1) {
				continue;
			}
			boolean sameOrgan = p.organ().equals(organ) || OrganNames.same(p.organ(), organ) || p.organ().contains(organ)
					|| organ.contains(p.organ());
			if (sameOrgan && (best == null || p.organ().equals(organ))) {
				best = p;
			}
		}
		return best;
	}

	@Test
	void theLastOfTheSameNameWinsElseTheFirstAlike() {
		var prev = List.of(new Previous("中山市港口镇人民政府", 2023, Path.of("a")), new Previous("港口镇", 2023, Path.of("b")),
				new Previous("港口镇", 2023, Path.of("c")), new Previous("港口 镇", null, Path.of("d")),
				new Previous("港口镇", 2022, Path.of("e")));
		var index = LastYearIndex.of(prev);
		assertEquals(Path.of("c"), index.find("港口镇", 2024).file(), "the last of exactly that name");
		assertEquals(Path.of("a"), index.find("中山市港口镇", 2024).file(), "contained: the first alike");
		assertEquals(Path.of("d"), index.find("港口　镇", 2025).file(), "width and spaces folded; a report of no year");
		assertEquals(Path.of("e"), index.find("港口镇", null).file(), "no year: any report, the last exact one");
		assertNull(index.find("佐龙镇", 2024));
		assertNull(index.find(null, 2024));
		assertNull(LastYearIndex.EMPTY.find("港口镇", 2024));
	}

	@Test
	void answersAsReadingTheListInOrderWould() {
		// few characters, so that names often contain one another or differ only by width and spaces
		String[] parts = { "港口", "镇", "人民政府", "中山市", "办公室", " ", "　", "（", "(", "港", "" };
		Random random = new Random(20261202);
		for (int round = 0; round < 400; round++) {
			List<Previous> previous = new ArrayList<>();
			int n = random.nextInt(30);
			for (int i = 0; i < n; i++) {
				previous.add(new Previous(name(parts, random), random.nextInt(6) == 0 ? null : 2020 + random.nextInt(4),
						Path.of("p" + i)));
			}
			LastYearIndex index = LastYearIndex.of(previous);
			for (int q = 0; q < 30; q++) {
				String organ = random.nextInt(20) == 0 ? null : name(parts, random);
				Integer year = random.nextInt(6) == 0 ? null : 2020 + random.nextInt(5);
				assertSame(byReadingTheList(previous, organ, year), index.find(organ, year),
						() -> organ + " " + year + " in " + previous);
			}
		}
	}

	private static String name(String[] parts, Random random) {
		StringBuilder b = new StringBuilder();
		for (int k = random.nextInt(4); k >= 0; k--) {
			b.append(parts[random.nextInt(parts.length)]);
		}
		return b.toString();
	}
}
