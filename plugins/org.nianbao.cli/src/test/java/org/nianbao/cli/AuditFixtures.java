package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Tiny reports for the audit tests: seed 000 (港口镇 2024) with another organ, year, date or faults. */
final class AuditFixtures {
	private AuditFixtures() {
	}

	static final ObjectMapper JSON = new ObjectMapper();
	private static final Pattern NUMBER = Pattern.compile("\\d+");

	/** The 行政复议 total raised from 2 to 3 (one NB101 error on 复议诉讼.件数.行政复议.总计). */
	static final String[] REVIEW_TOTAL = { "件数  2 0 0 0 2", "件数  2 0 0 0 3" };
	/** 新收's total left blank (an NB103 error on 申请.新收.总计). */
	static final String[] BLANK_TOTAL = { "新收            24 2 0 0 0 0 26", "新收            24 2 0 0 0 0 -" };

	static String seed000() throws Exception {
		return Files.readString(CliTestSupport.example("gangkou-2024.nianbao"), StandardCharsets.UTF_8);
	}

	/** Seed 000 with each pair's first string replaced by its second (each must occur). */
	static String edited(String text, String[]... pairs) {
		for (String[] p : pairs) {
			assertTrue(text.contains(p[0]), p[0]);
			text = text.replace(p[0], p[1]);
		}
		return text;
	}

	/** A report of seed 000 for another organ, year and 发布 date (null: no date). */
	static Path report(Path dir, String name, String organ, int year, String date, String[]... pairs) throws Exception {
		String text = edited(seed000(), pairs);
		text = edited(text, new String[] { "机关 \"中山市港口镇人民政府\"", "机关 \"" + organ + "\"" },
				new String[] { "年度 2024", "年度 " + year },
				new String[] { "发布 \"2025-01-16\"", date == null ? "" : "发布 \"" + date + "\"" });
		Files.createDirectories(dir);
		Path p = dir.resolve(name);
		Files.writeString(p, text, StandardCharsets.UTF_8);
		return p;
	}

	/** A published seed with one to three digits changed (seeded): findings that differ report by report. */
	static String perturbed(String text, long seed) {
		Random random = new Random(seed);
		List<int[]> numbers = new ArrayList<>();
		Matcher m = NUMBER.matcher(text);
		while (m.find()) {
			numbers.add(new int[] { m.start(), m.end() });
		}
		StringBuilder b = new StringBuilder(text);
		for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
			int[] at = numbers.get(random.nextInt(numbers.size()));
			b.setCharAt(at[0] + random.nextInt(at[1] - at[0]), (char) ('0' + random.nextInt(10)));
		}
		return b.toString();
	}

	static JsonNode readJson(Path p) throws Exception {
		return JSON.readTree(p.toFile());
	}
}
