package org.nianbao.generator.check;

import static org.nianbao.generator.check.Gbt9704.mm;
import static org.nianbao.generator.check.LayoutChecker.f;

import java.util.List;
import java.util.regex.Matcher;

import org.nianbao.generator.check.PdfPages.Line;
import org.nianbao.generator.check.PdfPages.Page;
import org.nianbao.generator.layout.OfficialLayout;

/**
 * GB/T 9704 7.5 on a printed page: 4 号半角宋体阿拉伯数字，左右各放一条一字线；一字线上距版心下边缘
 * 7 mm；单页码居右空一字，双页码居左空一字.
 */
final class PageNumbers {
	private PageNumbers() {
	}

	static void check(Page p, Line l, double left, double right, double bottom, List<Departure> found) {
		if (l == null) {
			found.add(new Departure(LayoutCodes.PAGE_NUMBER_TEXT, "7.5", p.number(), "版心下方没有“— " + p.number() + " —”样式的页码",
					"no page number \"— " + p.number() + " —\" below the type area"));
			return;
		}
		Matcher m = LayoutChecker.PAGE_NUMBER.matcher(l.text());
		m.find();
		if (Integer.parseInt(m.group(1)) != p.number()) {
			found.add(new Departure(LayoutCodes.PAGE_NUMBER_TEXT, "7.5", p.number(), "页码为 " + m.group(1) + "，应为 " + p.number(),
					"page number reads " + m.group(1) + ", expected " + p.number()));
		}
		if (Math.abs(l.size() - OfficialLayout.PAGE_NUMBER_PT) > 0.5) {
			found.add(new Departure(LayoutCodes.PAGE_NUMBER_SIZE, "7.5", p.number(), "页码字号 " + f(l.size()) + " pt，应为 4 号（14 pt）",
					"page number set in " + f(l.size()) + " pt, expected 14 pt (四号)"));
		}
		// 空一字: one character of the page number's own size in from the type area's edge
		double em = l.size();
		boolean odd = p.number() % 2 == 1;
		double off = odd ? right - l.x1() : l.x0() - left;
		if (Math.abs(off - em) > 0.5 * em) {
			found.add(new Departure(LayoutCodes.PAGE_NUMBER_PLACE, "7.5", p.number(),
					(odd ? "单页码应居右空一字，" : "双页码应居左空一字，") + "实距版心" + (odd ? "右" : "左") + "边 " + f(mm(off)) + " mm",
					(odd ? "odd" : "even") + " page number should stand one character in from the " + (odd ? "right" : "left")
							+ ", is " + f(mm(off)) + " mm"));
		}
		// the 一字线 sits at about a third of the em above the baseline
		double gap = mm(l.baseline() - 0.33 * em - bottom);
		if (Math.abs(gap - Gbt9704.PAGE_NUMBER_GAP) > Gbt9704.TOLERANCE + 0.5) {
			found.add(new Departure(LayoutCodes.PAGE_NUMBER_HEIGHT, "7.5", p.number(), "页码一字线距版心下边缘 " + f(gap) + " mm，应为 7 mm",
					"the page number's dashes are " + f(gap) + " mm below the type area, expected 7 mm"));
		}
	}
}
