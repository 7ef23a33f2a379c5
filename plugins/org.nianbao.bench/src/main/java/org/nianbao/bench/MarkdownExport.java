package org.nianbao.bench;

import org.nianbao.generator.layout.HeaderLayout;
import org.nianbao.generator.model.ReportView;
import org.nianbao.generator.model.ReportView.Block;
import org.nianbao.generator.model.ReportView.ParagraphView;
import org.nianbao.generator.model.ReportView.SectionView;
import org.nianbao.generator.model.ReportView.TableView;
import org.nianbao.model.Tables;

/**
 * The same report as Pandoc Markdown, for the benchmark's pandoc baseline: title, six headings,
 * paragraphs and every table as a pipe table (Markdown has no merged cells, so the header is one row
 * of the columns' full labels and the row header one column of the rows' full labels).
 */
final class MarkdownExport {
	private MarkdownExport() {
	}

	static String markdown(ReportView view) {
		StringBuilder md = new StringBuilder();
		md.append("---\ntitle: \"").append(view.title()).append("\"\nlang: zh-CN\n---\n\n");
		for (SectionView s : view.sections()) {
			md.append("# ").append(s.heading()).append("\n\n");
			for (Block b : s.blocks()) {
				if (b instanceof ParagraphView p) {
					md.append(escape(p.text())).append("\n\n");
				} else if (b instanceof TableView t) {
					table(md, t);
				}
			}
		}
		md.append("::: {custom-style=\"Signature\"}\n").append(view.organ()).append("\\\n").append(view.chineseDate())
				.append("\n:::\n");
		return md.toString();
	}

	private static void table(StringBuilder md, TableView t) {
		HeaderLayout l = t.layout();
		if (t.def().getNote() != null) {
			md.append(escape(t.def().getNote())).append("\n\n");
		}
		md.append("| ").append(escape(t.def().getCorner() == null ? "" : t.def().getCorner()));
		for (var c : l.columns()) {
			md.append(" | ").append(escape(String.join("·", Tables.labels(c))));
		}
		md.append(" |\n|---");
		for (int j = 0; j < l.columns().size(); j++) {
			md.append("|---:");
		}
		md.append("|\n");
		for (int i = 0; i < l.rows().size(); i++) {
			md.append("| ").append(escape(String.join("·", Tables.labels(l.rows().get(i)))));
			for (int j = 0; j < l.columns().size(); j++) {
				var v = t.cell(i, j);
				md.append(" | ").append(v.text());
				if (v.hasNote()) {
					md.append("（").append(escape(v.note())).append("）");
				}
			}
			md.append(" |\n");
		}
		md.append("\n: ").append(escape(t.def().getCaption())).append("\n\n");
	}

	private static String escape(String s) {
		return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("_", "\\_").replace("<", "\\<")
				.replace("#", "\\#").replace("[", "\\[");
	}
}
