package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The audit on several workers gives exactly what it gives on one: the same JSON, CSV and text
 * summary (reports in input order, findings in the same order, the same counts), and the same
 * progress lines in the same order.
 */
class AuditParallelTest {

	private static final Pattern WORK_DIR = Pattern.compile("导入结果保存在 (\\S+)");

	/** Runs the audit with {@code jobs} workers; its outputs with the work folder's name taken out. */
	private static List<String> audit(Path in, Path previous, Path out, int jobs) throws Exception {
		Files.createDirectories(out);
		Path json = out.resolve("audit.json"), csv = out.resolve("audit.csv");
		var r = CliTestSupport.run("audit", "--jobs", String.valueOf(jobs), "--previous-dir", previous.toString(), "--json",
				json.toString(), "--csv", csv.toString(), in.toString());
		assertEquals(ExitCodes.FINDINGS, r.code(), r.err());
		Matcher work = WORK_DIR.matcher(r.out());
		assertTrue(work.find(), r.out());
		String dir = work.group(1);
		List<String> result = new ArrayList<>();
		for (String s : List.of(Files.readString(json), Files.readString(csv),
				Files.readString(out.resolve("audit.findings.csv")), r.out(), r.err())) {
			result.add(s.replace(dir, "WORK"));
		}
		return result;
	}

	@Test
	void fourWorkersGiveExactlyWhatOneGives(@TempDir Path tmp) throws Exception {
		Path in = Files.createDirectories(tmp.resolve("in"));
		List<String> seeds = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			seeds.add(Files.readString(CliTestSupport.example("published/seed-00" + i + ".txt"), StandardCharsets.UTF_8));
		}
		int inputs = 0;
		for (int i = 0; i < 36; i++) {
			String text = seeds.get(i % seeds.size());
			Files.writeString(in.resolve(String.format("p%03d.txt", i)), i % 3 == 0 ? text : AuditFixtures.perturbed(text, i),
					StandardCharsets.UTF_8);
			inputs++;
		}
		for (int i = 0; i < 8; i++) {
			AuditFixtures.report(in, String.format("r%03d.nianbao", i), "机关" + i, 2024, "2025-01-1" + i,
					i % 2 == 0 ? AuditFixtures.REVIEW_TOTAL : AuditFixtures.BLANK_TOTAL);
			inputs++;
		}
		Files.writeString(in.resolve("z-unmappable.txt"), "通知\n关于召开会议的通知\n各单位：定于下周召开会议。\n");
		inputs++;

		// last year's reports, imported on the workers too: 港口镇 of 2023 with 3 carried over (a cross-year
		// finding against this year's 1), a published page, and one that cannot be imported
		Path previous = Files.createDirectories(tmp.resolve("2023"));
		Files.writeString(previous.resolve("gangkou-2023.nianbao"), AuditFixtures.edited(AuditFixtures.seed000(),
				new String[] { "年度 2024", "年度 2023" }, new String[] { "港口镇2024 :", "港口镇2023 :" },
				new String[] { "结转下年         2 0 0 0 0 0 2", "结转下年         3 0 0 0 0 0 3" }), StandardCharsets.UTF_8);
		Files.writeString(previous.resolve("enping.txt"), seeds.get(4), StandardCharsets.UTF_8);
		Files.writeString(previous.resolve("notice.txt"), "通知\n各单位：定于下周召开会议。\n", StandardCharsets.UTF_8);

		List<String> one = audit(in, previous, tmp.resolve("one"), 1);
		List<String> four = audit(in, previous, tmp.resolve("four"), 4);
		String[] names = { "JSON", "reports CSV", "findings CSV", "text summary", "progress" };
		for (int i = 0; i < names.length; i++) {
			assertEquals(one.get(i), four.get(i), names[i]);
		}

		JsonNode root = AuditFixtures.JSON.readTree(one.get(0));
		assertEquals(inputs, root.get("totals").get("reports").asInt());
		JsonNode reports = root.get("reports");
		for (int i = 1; i < reports.size(); i++) {
			assertTrue(reports.get(i - 1).get("input").asText().compareTo(reports.get(i).get("input").asText()) < 0,
					"reports in input order");
		}
		assertEquals(1, root.get("totals").get("failedInputs").asInt());
		// every .nianbao fixture has its planted error, and some perturbed publications have one too
		assertTrue(root.get("totals").get("reportsWithErrors").asInt() > 9, one.get(0));
		assertTrue(root.get("findings").size() > inputs, "findings of many reports");
		assertTrue(one.get(4).contains("[" + inputs + "/" + inputs + "]"), one.get(4));
		assertTrue(one.get(4).contains("notice.txt: 上年报告无法导入"), one.get(4));
	}
}
