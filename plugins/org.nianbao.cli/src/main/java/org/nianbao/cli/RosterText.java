package org.nianbao.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

import org.nianbao.importer.audit.RosterReport;

/** The roster check in the audit's text summary: one line per list, the organs named. */
final class RosterText {
	private RosterText() {
	}

	static void print(PrintWriter out, RosterReport r) {
		out.println();
		out.println("名册核对（" + r.year() + " 年度）(roster, year " + r.year() + ")");
		line(out, "未发布 (missing)", r.missing(), RosterReport.Missing::organ);
		line(out, "逾期发布 (late)", r.late(), l -> l.organ() + "（" + l.date() + " 发布，期限 " + l.deadline() + "）");
		line(out, "格式与年度不符 (wrong_format)", r.wrongFormat(),
				w -> w.organ() + "（" + w.template() + "，应为 " + w.expected() + "）");
		line(out, "重复 (duplicate)", r.duplicate(), d -> d.organ() + "（" + d.inputs().size() + " 份）");
		line(out, "名册外 (unknown)", r.unknown(), RosterReport.Unknown::organ);
		line(out, "发布日期缺失或无效，未核对时限 (undated)", r.undated(), RosterReport.Undated::organ);
		for (RosterReport.Similar s : r.similar()) {
			out.println("警告：报告中的机关“" + s.publishedName() + "”按相似度对应到名册的“" + s.organ() + "”（" + s.input()
					+ "）(matched by similarity)");
		}
	}

	private static <T> void line(PrintWriter out, String label, List<T> items, Function<T, String> shown) {
		out.println(label + " " + items.size() + (items.isEmpty() ? "" : "：" + String.join("、", items.stream().map(shown).toList())));
	}
}
