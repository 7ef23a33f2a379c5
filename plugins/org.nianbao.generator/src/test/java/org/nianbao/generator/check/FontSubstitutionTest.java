package org.nianbao.generator.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.nianbao.generator.check.PdfPages.Glyph;
import org.nianbao.generator.check.PdfPages.Line;
import org.nianbao.generator.check.PdfPages.Page;

/** Fonts substituted (NB408), on planted renderings: a face printed under any of its names is not substituted. */
class FontSubstitutionTest {

	static Page printedWith(String... fonts) {
		List<Line> lines = new ArrayList<>();
		float y = 120;
		for (String font : fonts) {
			lines.add(new Line(y, 16, List.of(new Glyph(80, y, 16, 16, "字", font))));
			y += 29;
		}
		return new Page(1, 595.3f, 841.9f, lines, Float.NaN, Float.NaN, List.of());
	}

	@Test
	void aFaceMissingFromThePdfIsReportedAsInformationWithWhatStoodIn() {
		Set<String> requested = new TreeSet<>(List.of("仿宋_GB2312", "黑体"));
		List<Departure> found = new ArrayList<>();
		// 仿宋_GB2312 printed as FangSong (another of its names); 黑体 nowhere: Noto Sans CJK stood in
		LayoutChecker.substitutions(requested, List.of(printedWith("FangSong", "NotoSansCJKsc-Regular")), found);
		assertEquals(1, found.size(), found.toString());
		Departure d = found.get(0);
		assertEquals(LayoutCodes.FONT_SUBSTITUTED, d.code());
		assertTrue(d.info(), "what this machine lacks does not fail the check");
		assertEquals("本机未安装字体 黑体，排版所用字体为 FangSong、NotoSansCJKsc-Regular", d.zh());
	}

	@Test
	void everyFacePrintedUnderOneOfItsNamesIsNoSubstitution() {
		List<Departure> found = new ArrayList<>();
		LayoutChecker.substitutions(new TreeSet<>(List.of("仿宋_GB2312", "黑体", "楷体_GB2312")),
				List.of(printedWith("FangSong_GB2312", "SimHei", "KaiTi")), found);
		assertEquals(List.of(), found);
	}
}
