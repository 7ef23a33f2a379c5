package org.nianbao.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nianbao.diagnostics.Phrases;

/**
 * The report's metadata from what pages carry before the first section: `标题:` / `发布时间:` /
 * `发布机构:` / `信息来源` lines (a page archiver's header, a CMS's info bar), the title (on one line
 * or two), dates such as `2025年1月16日` and `2025-01-16 15:22`; and the preamble that introduces
 * the report. The signature block at the end is read by {@link #trailer}.
 */
final class MetadataReader {
	private static final Pattern FIELD = Pattern.compile("^(标题|题名|名称|发布时间|发布日期|成文日期|时间|日期|发布机构|发文机关|发布单位|信息来源|来源)\\s*[:：]\\s*(.*)$");
	private static final Pattern INLINE_FIELD = Pattern.compile("(发布机构|发布单位|信息来源|来源)\\s*[:：]\\s*([\\p{IsHan}（）()·]{2,40}?)(?=\\s|时间|发布|$)");
	private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
	private static final Pattern YEAR_IN_TEXT = Pattern.compile("(\\d{4})\\s*年度?(?:政府)?信息公开(?:工作)?(?:年度)?报告");
	private static final Pattern PERIOD = Pattern.compile("统计期限[^。]{0,10}?(\\d{4})\\s*年\\s*1\\s*月\\s*1\\s*日");
	static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})");
	private static final Pattern TITLE = Pattern.compile(".*(年度报告|年报)([（(][^）)]{0,12}[）)])?$");
	private static final Pattern BREADCRUMB = Pattern.compile("[>›»]|当前位置|所在位置|-->");
	static final Pattern ORGAN = Pattern.compile(
			"^[\\p{IsHan}A-Za-z0-9（）()·]{2,40}(人民政府|政府|办公室|办公厅|委员会|管委会|局|厅|委|署|院|中心|办事处|街道|镇|乡|公司|所|站|队|处|部|会)$");
	/** The organ in a title: between the year and 政府信息公开, or before the year. */
	private static final Pattern TITLE_ORGAN = Pattern.compile("^(.*?)\\s*\\d{4}\\s*年度?\\s*(.*?)\\s*(?:政府)?信息公开");
	private static final Pattern TRAILING_NOISE = Pattern.compile("(?<=[。！？])\\s*(附件下载|附件|打印本页|打印|关闭窗口|关闭|【[^】]{0,10}】|\\s)+$");
	/** `发布日期:2025-01-16` inside an info bar with other fields (a "today" widget is not labelled so). */
	private static final Pattern LABELLED_DATE = Pattern.compile("(?:发布|成文|印发)(?:日期|时间)\\s*[:：]\\s*(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2})");
	private static final Pattern PREAMBLE_START = Pattern.compile("根据《|本报告|按照《|依据《|本年度报告");
	private static final Pattern PHONE = Pattern.compile("\\d{7,8}");
	private static final Pattern BRACKETED = Pattern.compile("^[（(].*[)）]$");

	private final ImportedReport report;
	private final List<ImportMessage> messages;
	private boolean organFromTitle;

	private final int wrap;

	MetadataReader(ImportedReport report, List<ImportMessage> messages, int wrap) {
		this.report = report;
		this.messages = messages;
		this.wrap = wrap;
	}

	/** Reads the units before the first heading (the last may be cut at the heading). */
	void read(List<String> units, int line) {
		int titleAt = -1;
		for (int i = 0; i < units.size(); i++) {
			String u = units.get(i);
			Matcher labelled = LABELLED_DATE.matcher(u);
			if (report.date == null && labelled.find()) {
				report.date = date(labelled.group(1));
			}
			Matcher f = FIELD.matcher(u);
			if (f.matches()) {
				field(f.group(1), f.group(2).strip());
				continue;
			}
			Matcher inline = INLINE_FIELD.matcher(u);
			while (inline.find() && report.organ == null) {
				if (ORGAN.matcher(inline.group(2)).matches()) {
					report.organ = inline.group(2);
				}
			}
			if (report.date == null && report.title != null && (u.length() <= 60 || BREADCRUMB.matcher(u).find())) {
				// after the title only: a page's "today" widget above it dates the visit, not the report
				report.date = date(u);
			}
			if (titleAt < 0 && report.title == null && u.length() <= 80 && !u.startsWith("根据") && !BREADCRUMB.matcher(u).find()) {
				String joined = i > 0 ? units.get(i - 1) + u : u;
				boolean organBefore = i > 0 && ORGAN.matcher(units.get(i - 1)).matches();
				if (TITLE.matcher(u).matches() && YEAR.matcher(u).find() && !(organBefore && organOf(u).isEmpty())) {
					titleAt = i;
					report.title = u;
				} else if (TITLE.matcher(u).matches() && i > 0 && units.get(i - 1).length() <= 40 && YEAR.matcher(joined).find()
						&& !Narrative.sentenceLike(units.get(i - 1))) {
					// The title broken over two lines (organ, or year and organ, on the first).
					titleAt = i;
					report.title = joined;
				}
			}
		}
		if (report.title != null) {
			Matcher y = YEAR.matcher(report.title);
			if (y.find() && report.year == null) {
				report.year = Integer.valueOf(y.group(1));
			}
			Matcher o = TITLE_ORGAN.matcher(report.title);
			if (report.organ == null && o.find()) {
				String organ = !o.group(1).isBlank() ? o.group(1).strip() : o.group(2).strip();
				if (!organ.isEmpty()) {
					report.organ = organ;
					organFromTitle = true;
				}
			}
		}
		if (organFromTitle) {
			// The full name printed above the title (岚皋县佐龙镇人民政府 over 佐龙镇人民政府…年度报告).
			for (int i = 0; i < Math.max(titleAt - 1, 0); i++) {
				String u = units.get(i);
				if (u.length() > report.organ.length() && u.endsWith(report.organ) && ORGAN.matcher(u).matches()) {
					report.organ = u;
					organFromTitle = false;
					break;
				}
			}
		}
		preamble(units, titleAt);
		if (report.year == null) {
			for (String p : report.preamble) {
				Matcher y = YEAR_IN_TEXT.matcher(p);
				Matcher period = PERIOD.matcher(p);
				if (y.find()) {
					report.year = Integer.valueOf(y.group(1));
				} else if (period.find()) {
					report.year = Integer.valueOf(period.group(1));
				}
				if (report.year != null) {
					break;
				}
			}
		}
	}

	private static String organOf(String title) {
		Matcher o = TITLE_ORGAN.matcher(title);
		return o.find() ? (o.group(1) + o.group(2)).strip() : "";
	}

	private void field(String name, String value) {
		if (value.isEmpty()) {
			return;
		}
		switch (name) {
		case "标题", "题名", "名称" -> report.title = report.title == null ? value : report.title;
		case "发布时间", "发布日期", "成文日期", "时间", "日期" -> report.date = report.date == null ? date(value) : report.date;
		default -> {
			if (report.organ == null && ORGAN.matcher(value).matches()) {
				report.organ = value;
			}
		}
		}
	}

	/** The introduction: from the first sentence after the title (past page furniture) to the first heading. */
	private void preamble(List<String> units, int titleAt) {
		boolean started = false;
		for (int i = titleAt + 1; i < units.size(); i++) {
			String u = units.get(i);
			if (FIELD.matcher(u).matches()) {
				continue;
			}
			if (!started) {
				Matcher start = PREAMBLE_START.matcher(u);
				if (BREADCRUMB.matcher(u).find() && start.find()) {
					u = u.substring(start.start());
				} else if (!Narrative.sentenceLike(u) && !start.lookingAt()) {
					continue;
				}
				started = true;
			}
			report.preamble.add(u);
		}
		List<String> joined = Narrative.paragraphs(report.preamble, wrap);
		report.preamble.clear();
		report.preamble.addAll(joined);
	}

	static String date(String text) {
		Matcher d = DATE.matcher(text);
		while (d.find()) {
			int y = Integer.parseInt(d.group(1)), m = Integer.parseInt(d.group(2)), day = Integer.parseInt(d.group(3));
			if (y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && day >= 1 && day <= 31) {
				// not String.format: a tenth of a millisecond, and its digits follow the default locale
				return y + (m < 10 ? "-0" : "-") + m + (day < 10 ? "-0" : "-") + day;
			}
		}
		return null;
	}

	/**
	 * The signature block after the last section's text (organ, date) and page furniture ("打印",
	 * "(此件公开发布)"): read for metadata and cut from the narrative. Returns how many trailing
	 * paragraphs it took.
	 */
	int trailer(List<String> paragraphs) {
		if (!paragraphs.isEmpty()) {
			// Page furniture run into the last paragraph ("…情况。 附件下载"): cut it off, keep the text.
			String last = paragraphs.get(paragraphs.size() - 1);
			String cut = TRAILING_NOISE.matcher(last).replaceFirst("");
			if (!cut.equals(last) && !cut.isBlank()) {
				paragraphs.set(paragraphs.size() - 1, cut);
			}
		}
		int end = paragraphs.size();
		while (end > 0) {
			String t = paragraphs.get(end - 1);
			boolean organ = ORGAN.matcher(t).matches();
			String d = t.length() <= 20 ? date(t) : null;
			boolean noise = PHONE.matcher(t).matches() || t.length() <= 30 && !t.contains("。") && (ReportMapper.NOISE.matcher(t).find() || t.endsWith(":")
					|| t.endsWith("：") || BRACKETED.matcher(t).matches());
			if (t.length() > 40 || !(organ || d != null || noise)) {
				break;
			}
			if (organ && (report.organ == null || organFromTitle)) {
				report.organ = t;
				organFromTitle = false;
			}
			if (d != null) {
				// The signature's date is the publication's own: it wins over a page's info bar.
				report.date = d;
			}
			end--;
		}
		return paragraphs.size() - end;
	}

	void finish(int line) {
		if (report.organ == null) {
			warn(line, "metadata.organ-missing");
		} else if (organFromTitle) {
			warn(line, "metadata.organ-from-title", report.organ);
		}
		if (report.year == null) {
			warn(line, "metadata.year-missing");
		}
		if (report.title == null) {
			if (report.organ != null && report.year != null) {
				report.title = report.organ + report.year + "年政府信息公开工作年度报告";
				warn(line, "metadata.title-composed", report.title);
			} else {
				warn(line, "metadata.title-missing");
			}
		}
		if (report.date == null) {
			warn(line, "metadata.date-missing");
		}
	}

	private void warn(int line, String key, Object... args) {
		messages.add(new ImportMessage(line, ImportMessage.WARNING, ImportCodes.METADATA, Phrases.IMPORTER.render(key, args)));
	}
}
