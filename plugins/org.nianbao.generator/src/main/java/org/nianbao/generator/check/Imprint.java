package org.nianbao.generator.check;

import static org.nianbao.generator.check.Gbt9704.mm;
import static org.nianbao.generator.check.Gbt9704.pt;
import static org.nianbao.generator.check.LayoutChecker.f;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.nianbao.generator.check.PdfPages.Line;
import org.nianbao.generator.check.PdfPages.Page;
import org.nianbao.generator.check.PdfPages.Rule;
import org.nianbao.generator.layout.OfficialLayout;

/**
 * GB/T 9704 7.4 on the printed pages, when the document has a 版记 (a line "抄送：…" or "…日印发"): it is
 * on the last page, that page is an even one, its 分隔线 are as wide as the type area and the last lies on
 * the type area's lower edge, the 印发 line right above it with the organ one character in from the left
 * and the date one in from the right.
 */
final class Imprint {
	private Imprint() {
	}

	static final Pattern COPY_LINE = Pattern.compile("^抄送[:：]"), PRINTED_LINE = Pattern.compile("\\d+\\s*日\\s*印发$");

	/** Whether a line of the page belongs to the 版记. */
	static boolean isImprintLine(Line l) {
		String t = l.text().strip();
		return COPY_LINE.matcher(t).find() || PRINTED_LINE.matcher(t).find();
	}

	/** @return the page (from 1) the 版记's 印发 line is on, or 0 when the document has none */
	static int check(List<Page> pages, double left, double right, double bottom, double tol, List<Departure> found) {
		Page page = null;
		Line printed = null;
		for (Page p : pages) {
			for (Line l : p.lines()) {
				if (PRINTED_LINE.matcher(l.text().strip()).find()) {
					page = p;
					printed = l;
				}
			}
		}
		if (page == null) {
			return 0;
		}
		int n = page.number(), last = pages.size();
		if (n != last) {
			found.add(new Departure(LayoutCodes.IMPRINT, "7.4", n, "版记在第 " + n + " 页，应在最后一面（第 " + last + " 页）",
					"the 版记 is on page " + n + ", expected on the last page (" + last + ")"));
		}
		if (n % 2 == 1) {
			found.add(new Departure(LayoutCodes.IMPRINT, "7.4", n, "版记所在的第 " + n + " 页是单页，应为双页（最后一面为背面）",
					"the 版记 is on odd page " + n + ", expected an even one (the back of the last leaf)"));
		}
		List<Rule> rules = page.rules().stream().filter(r -> r.x1() - r.x0() > pt(OfficialLayout.TYPE_W) / 2)
				.sorted(Comparator.comparingDouble(Rule::y)).toList();
		if (rules.size() < 2) {
			found.add(new Departure(LayoutCodes.IMPRINT, "7.4.1", n, "版记只有 " + rules.size() + " 条分隔线，首末两条都应有",
					"the 版记 has " + rules.size() + " rule(s), expected the first and the last at least"));
			return n;
		}
		for (Rule r : rules) {
			if (Math.abs(r.x0() - left) > tol || Math.abs(r.x1() - right) > tol) {
				found.add(new Departure(LayoutCodes.IMPRINT, "7.4.1", n,
						"版记分隔线自 " + f(mm(r.x0() - left)) + " mm 至 " + f(mm(r.x1() - left)) + " mm，应与版心等宽（156 mm）",
						"a 版记 rule runs from " + f(mm(r.x0() - left)) + " to " + f(mm(r.x1() - left)) + " mm, expected the type area's 156 mm"));
				break;
			}
		}
		Rule lastRule = rules.get(rules.size() - 1);
		if (Math.abs(lastRule.y() - bottom) > tol) {
			found.add(new Departure(LayoutCodes.IMPRINT, "7.4.1", n,
					"版记末条分隔线距版心下边缘 " + f(mm(bottom - lastRule.y())) + " mm，应与之重合",
					"the 版记's last rule is " + f(mm(bottom - lastRule.y())) + " mm above the type area's lower edge, expected on it"));
		}
		if (printed.baseline() > lastRule.y() || lastRule.y() - printed.baseline() > 2 * printed.size()) {
			found.add(new Departure(LayoutCodes.IMPRINT, "7.4.3", n, "印发机关和印发日期不在末条分隔线之上",
					"the printing organ and date are not right above the last rule"));
		}
		double em = pt(OfficialLayout.IMPRINT_PT * 25.4 / 72);
		if (Math.abs(printed.x0() - left - em) > 0.5 * em || Math.abs(right - printed.x1() - em) > 0.5 * em) {
			found.add(new Departure(LayoutCodes.IMPRINT, "7.4.3", n,
					"印发机关距版心左边 " + f(mm(printed.x0() - left)) + " mm、印发日期距右边 " + f(mm(right - printed.x1())) + " mm，应各空一字",
					"the printing organ stands " + f(mm(printed.x0() - left)) + " mm in, the date " + f(mm(right - printed.x1()))
							+ " mm in, expected one character each"));
		}
		return n;
	}
}
