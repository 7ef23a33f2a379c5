package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.cli.LastYearReports.Header;
import org.nianbao.importer.audit.OrganNames;

/** Validate's pick of last year's reports, held to the pairwise form it replaced. */
class LastYearReportsTest {

	/** The pick as it was, each report compared with every other one: what the lookups must answer. */
	private static Map<Path, Path> byComparingEveryPair(List<Path> files) {
		List<Header> headers = new ArrayList<>();
		for (Path f : files) {
			headers.add(LastYearReports.header(f));
		}
		Map<Path, Path> picked = new LinkedHashMap<>();
		for (Header h : headers) {
			Header last = h.previousName() != null ? named(headers, h)
					: h.namesPrevious() || files.size() < 2 ? null : sameOrgan(headers, h);
			if (last != null) {
				picked.put(h.file(), last.file());
			}
		}
		return picked;
	}

	private static Header named(List<Header> headers, Header h) {
		for (Header other : headers) {
			if (other != h && h.previousName().equals(other.name())) {
				return other;
			}
		}
		Path dir = h.file().toAbsolutePath().normalize().getParent();
		try (var siblings = Files.list(dir)) {
			for (Path f : siblings.filter(f -> f.toString().endsWith(".nianbao")).sorted().toList()) {
				Header other = f.equals(h.file().toAbsolutePath().normalize()) ? null : LastYearReports.header(f);
				if (other != null && h.previousName().equals(other.name())) {
					return other;
				}
			}
		} catch (IOException e) {
			return null;
		}
		return null;
	}

	private static Header sameOrgan(List<Header> headers, Header h) {
		if (h.organ() == null || h.year() == null) {
			return null;
		}
		for (Header other : headers) {
			if (other != h && other.organ() != null && other.year() != null && other.year() == h.year() - 1
					&& OrganNames.same(other.organ(), h.organ())) {
				return other;
			}
		}
		return null;
	}

	@Test
	void picksAsComparingEveryPairWould(@TempDir Path tmp) throws IOException {
		// few names, organs and years, so that reports often share them; names differ by width and spaces
		String[] names = { "r0", "r1", "r2", "ｒ1", null };
		String[] organs = { "港口镇", "港口　镇", "港口 镇", "中山市港口镇", "", null };
		Integer[] years = { 2022, 2023, 2024, null };
		Random random = new Random(20261202);
		int byName = 0, fromFolder = 0, byOrgan = 0;
		for (int round = 0; round < 800; round++) {
			Path dir = Files.createDirectory(tmp.resolve("d" + round));
			int n = 1 + random.nextInt(7);
			List<Path> inFolder = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				Path f = dir.resolve("f" + i + ".nianbao");
				String name = names[random.nextInt(names.length)];
				String organ = organs[random.nextInt(organs.length)];
				Integer year = years[random.nextInt(years.length)];
				int previous = random.nextInt(6); // by name (maybe its own), quoted, a name no report has, else none
				StringBuilder text = new StringBuilder();
				text.append(name == null ? "模板 gov-2021\n" : "报告 " + name + "：\n");
				if (organ != null) {
					text.append("机关 “").append(organ).append("”\n");
				}
				if (year != null) {
					text.append("年度 ").append(year).append('\n');
				}
				switch (previous) {
				case 0 -> text.append("上年 ").append(names[random.nextInt(names.length - 1)]).append('\n');
				case 1 -> text.append("上年 “2022.nianbao”\n");
				case 2 -> text.append("上年 nowhere\n");
				default -> {
				}
				}
				text.append("章节 一 {\n}\n");
				Files.writeString(f, text, StandardCharsets.UTF_8);
				inFolder.add(f);
			}
			// the files given: some of the folder's (others found only by name), in any order, one maybe twice
			// and once through a path not normalised
			List<Path> given = new ArrayList<>();
			for (Path f : inFolder) {
				int r = random.nextInt(6);
				if (r > 1) {
					given.add(random.nextInt(2) == 0 ? given.size() : 0, r == 4 ? dir.resolve(".").resolve(f.getFileName()) : f);
				}
				if (r == 3) {
					given.add(f);
				}
			}
			Map<Path, Path> expected = byComparingEveryPair(given);
			for (var e : expected.entrySet()) {
				if (LastYearReports.header(e.getKey()).previousName() == null) {
					byOrgan++;
				} else if (given.contains(e.getValue())) {
					byName++;
				} else {
					fromFolder++;
				}
			}
			assertEquals(List.copyOf(expected.entrySet()), List.copyOf(LastYearReports.pick(given).entrySet()),
					() -> given.toString());
		}
		// the rounds are worth something only if each way of picking occurs often
		assertTrue(byName > 40 && fromFolder > 40 && byOrgan > 40, byName + " by name, " + fromFolder + " from the folder, " + byOrgan + " by organ");
	}
}
