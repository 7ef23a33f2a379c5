package org.nianbao.generator.layout;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The official layout, written once: GB/T 9704-2012 (党政机关公文格式) as the annual report format
 * prints it. The HTML's CSS, the built-in reference DOCX and check-layout all read their numbers
 * from here, so a change of a margin or a size is one change.
 * <p>
 * Lengths in millimetres, sizes in points, with the clause each comes from.
 */
public final class OfficialLayout {
	private OfficialLayout() {
	}

	/** 5.1: A4. */
	public static final double PAGE_W = 210, PAGE_H = 297;
	/** 5.2.1: 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm (± 1 mm). */
	public static final double TOP = 37, LEFT = 28, TYPE_W = 156, TYPE_H = 225, TOLERANCE = 1;
	public static final double RIGHT = PAGE_W - LEFT - TYPE_W, BOTTOM = PAGE_H - TOP - TYPE_H;
	/** 5.2.3: 一般每面排 22 行，每行排 28 个字. */
	public static final int LINES = 22, CHARS = 28;
	/** 7.5: 一字线上距版心下边缘 7 mm. */
	public static final double PAGE_NUMBER_GAP = 7;

	/** 7.3.1 标题 2 号 (二号, 22 pt); 5.2.2 正文 3 号 (三号, 16 pt); 7.5 页码 4 号 (四号, 14 pt). */
	public static final double TITLE_PT = 22, BODY_PT = 16, PAGE_NUMBER_PT = 14;
	/** Tables: 五号 (10.5 pt); 小五 (9 pt) for those with more than {@link #WIDE_TABLE} data columns. */
	public static final double TABLE_PT = 10.5, WIDE_TABLE_PT = 9, CAPTION_PT = 12, NOTE_PT = 8;
	public static final int WIDE_TABLE = 8;
	/**
	 * 7.4 版记: 4 号仿宋体字 (14 pt); 分隔线 as wide as the type area, the first and the last 0.35 mm
	 * (推荐高度), those between 0.25 mm; 抄送 one character in on both sides, 印发机关 one in from the left and
	 * 印发日期 one in from the right; the last 分隔线 on the lower edge of the type area of the last page,
	 * which is an even one (the back of the last leaf).
	 */
	public static final double IMPRINT_PT = 14, IMPRINT_RULE_THICK = 0.35, IMPRINT_RULE_THIN = 0.25;

	/**
	 * The faces GB/T 9704 names, each with the names the same face goes by elsewhere and, last, what
	 * is installed on a Linux desktop with fonts-noto-cjk (no 仿宋 or 楷体 there: the serif stands in).
	 */
	public enum Face {
		/** 7.3.1: 小标宋体 for the title. */
		TITLE("方正小标宋简体", "FZXiaoBiaoSong-B05S", "宋体", "SimSun", "Songti SC", "Noto Serif CJK SC"),
		/** 5.2.2 and 7.3.3: 仿宋体 for the body and the third level. */
		BODY("仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC"),
		/** 7.3.3: 黑体 for the first level. */
		HEI("黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC"),
		/** 7.3.3: 楷体 for the second level. */
		KAI("楷体_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC"),
		/** 7.5: 宋体 for the page numbers. */
		SONG("宋体", "SimSun", "Songti SC", "Noto Serif CJK SC");

		private final List<String> names;

		Face(String... names) {
			this.names = List.of(names);
		}

		/** The name the format gives. */
		public String official() {
			return names.get(0);
		}

		/** The face with its other names, official first. */
		public List<String> names() {
			return names;
		}

		/** What the desktop without the official fonts shows instead. */
		public String installedFallback() {
			return names.get(names.size() - 1);
		}

		/** Whether a font name is this face under one of its names (not the stand-in). */
		public boolean is(String font) {
			return font != null && names.subList(0, names.size() - 1).stream().anyMatch(n -> n.equalsIgnoreCase(font));
		}

		/** A CSS font-family stack: every name, then the generic family. */
		public String cssStack() {
			return names.stream().map(n -> n.chars().allMatch(c -> c < 128 && c != ' ') ? n : "\"" + n + "\"")
					.collect(Collectors.joining(", ")) + (this == HEI ? ", sans-serif" : ", serif");
		}
	}

	/** Latin letters and digits in the body: Times New Roman, as Word's Chinese templates set them. */
	public static final String LATIN = "Times New Roman";

	public static String mm(double v) {
		return (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v)) + "mm";
	}

	public static String pt(double v) {
		return (v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v)) + "pt";
	}

	/** CSS margin shorthand of the type area: top right bottom left. */
	public static String cssMargins() {
		return mm(TOP) + " " + mm(RIGHT) + " " + mm(BOTTOM) + " " + mm(LEFT);
	}
}
