package org.nianbao.generator.html;

import java.util.List;

import org.nianbao.generator.layout.HeaderLayout;
import org.nianbao.generator.layout.OfficialLayout;
import org.nianbao.generator.layout.OfficialLayout.Face;
import org.nianbao.generator.layout.HeaderLayout.Span;
import org.nianbao.generator.model.CellValue;
import org.nianbao.generator.model.ReportView;
import org.nianbao.generator.model.ReportView.Block;
import org.nianbao.generator.model.ReportView.ParagraphView;
import org.nianbao.generator.model.ReportView.SectionView;
import org.nianbao.generator.model.ReportView.TableView;
import org.nianbao.model.Tables;
import org.nianbao.validation.Finding;

/**
 * The publishable page: one self-contained HTML file (inline CSS, no scripts, fonts or images)
 * with the official table layout. Every piece of text goes through {@link Html#escape}.
 */
public final class HtmlGenerator {

	/** Chinese font stacks from the official layout: the names official pages give first, then what Windows, macOS and Linux ship. */
	static final String BODY_FONTS = Face.BODY.cssStack(), TITLE_FONTS = Face.TITLE.cssStack(), HEI_FONTS = Face.HEI.cssStack(),
			KAI_FONTS = Face.KAI.cssStack();

	static final String CSS = """
			:root { color-scheme: light; }
			html { background: #f4f4f4; }
			body { margin: 0; color: #000; font-family: %BODY%; font-size: %BODY_PT%; line-height: 1.8; }
			main.report { box-sizing: border-box; max-width: 210mm; margin: 0 auto; padding: %MARGINS%; background: #fff; }
			h1 { font-family: %TITLE%; font-size: %TITLE_PT%; font-weight: bold; text-align: center; line-height: 1.5; margin: 0 0 0.5em; }
			.meta { text-align: center; font-size: 12pt; margin: 0 0 1.5em; }
			.meta span + span::before { content: "　"; }
			h2 { font-family: %HEI%; font-size: %BODY_PT%; font-weight: normal; margin: 0.6em 0 0.2em; text-indent: 2em; }
			p { margin: 0; text-indent: 2em; text-align: justify; }
			.lead { font-family: %KAI%; }
			p.subheading { font-family: %KAI%; }
			.table-block { margin: 0.8em 0; }
			.table-note { text-indent: 0; text-align: center; font-size: %TABLE_PT%; margin: 0.3em 0; }
			table { border-collapse: collapse; width: 100%; font-size: %TABLE_PT%; line-height: 1.4; }
			table.wide { font-size: %WIDE_PT%; }
			caption { caption-side: top; font-family: %HEI%; font-size: %CAPTION_PT%; padding: 0.3em 0; }
			th, td { border: 1px solid #000; padding: 0.25em 0.35em; vertical-align: middle; }
			th { font-weight: normal; text-align: center; }
			thead th { font-family: %HEI%; }
			th[scope="row"] { text-align: left; }
			th[scope="rowgroup"] { width: 2.6em; }
			td { text-align: center; white-space: nowrap; min-width: 2.2em; }
			thead th[scope="col"] { min-width: 2.2em; }
			td.computed { font-style: italic; }
			td.error { outline: 3px solid #c00; outline-offset: -3px; background: #fdd; color: #900; font-weight: bold; }
			.cell-note { display: block; white-space: normal; font-size: 0.85em; color: #333; }
			.signature { text-align: right; margin-top: 2em; }
			.signature p { text-indent: 0; text-align: right; padding-right: 2em; }
			.imprint { margin-top: 3em; font-size: %IMPRINT_PT%; border-top: %RULE_THICK% solid #000; border-bottom: %RULE_THICK% solid #000; }
			.imprint p { text-indent: 0; padding: 0 1em; }
			.imprint .copy-to { border-bottom: %RULE_THIN% solid #000; padding-left: 4em; text-indent: -3em; }
			.imprint .printed { display: flex; justify-content: space-between; }
			.errors { border: 3px solid #b00; background: #fee; color: #700; padding: 0.5em 1em; margin: 0 0 1em; font-family: %HEI%; font-size: 12pt; }
			.errors strong { display: block; font-size: 14pt; }
			.errors ul { margin: 0.3em 0 0; padding-left: 1.2em; }
			@page { size: A4; margin: %MARGINS%; }
			@media print {
			  html { background: none; }
			  main.report { max-width: none; padding: 0; }
			  thead { display: table-header-group; }
			  tr, .signature, .imprint { break-inside: avoid; }
			  .imprint { break-before: left; }
			  h2 { break-after: avoid; }
			  .errors { border-color: #000; }
			}
			""".replace("%BODY%", BODY_FONTS).replace("%TITLE%", TITLE_FONTS).replace("%HEI%", HEI_FONTS)
			.replace("%KAI%", KAI_FONTS).replace("%MARGINS%", OfficialLayout.cssMargins())
			.replace("%BODY_PT%", OfficialLayout.pt(OfficialLayout.BODY_PT)).replace("%TITLE_PT%", OfficialLayout.pt(OfficialLayout.TITLE_PT))
			.replace("%TABLE_PT%", OfficialLayout.pt(OfficialLayout.TABLE_PT)).replace("%WIDE_PT%", OfficialLayout.pt(OfficialLayout.WIDE_TABLE_PT))
			.replace("%CAPTION_PT%", OfficialLayout.pt(OfficialLayout.CAPTION_PT))
			.replace("%IMPRINT_PT%", OfficialLayout.pt(OfficialLayout.IMPRINT_PT)).replace("%RULE_THICK%", OfficialLayout.mm(OfficialLayout.IMPRINT_RULE_THICK))
			.replace("%RULE_THIN%", OfficialLayout.mm(OfficialLayout.IMPRINT_RULE_THIN));

	/** The banner lists this many errors at most; `validate` lists them all. */
	static final int MAX_LISTED_ERRORS = 100;

	/** Tables with more data columns than this get the smaller font. */
	static final int WIDE_TABLE = OfficialLayout.WIDE_TABLE;

	public String generate(ReportView view) {
		StringBuilder h = new StringBuilder(64 * 1024);
		h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<meta name=\"generator\" content=\"Nianbao\">\n")
				.append("<title>").append(Html.escape(view.title())).append("</title>\n")
				.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main class=\"report\">\n");
		errors(h, view.errors());
		h.append("<h1>").append(Html.escape(view.title())).append("</h1>\n");
		h.append("<p class=\"meta\">");
		if (!view.organ().isEmpty()) {
			h.append("<span class=\"organ\">").append(Html.escape(view.organ())).append("</span>");
		}
		if (!view.date().isEmpty()) {
			h.append("<span class=\"date\">发布日期：<time datetime=\"").append(Html.escape(view.date())).append("\">")
					.append(Html.escape(view.chineseDate())).append("</time></span>");
		}
		h.append("</p>\n");
		for (SectionView s : view.sections()) {
			h.append("<section id=\"").append(Html.escape(s.def().getName())).append("\">\n<h2>")
					.append(Html.escape(s.heading())).append("</h2>\n");
			for (Block b : s.blocks()) {
				if (b instanceof ParagraphView p) {
					paragraph(h, p);
				} else if (b instanceof TableView t) {
					table(h, t, view);
				}
			}
			h.append("</section>\n");
		}
		h.append("<div class=\"signature\">\n");
		if (!view.organ().isEmpty()) {
			h.append("<p class=\"organ\">").append(Html.escape(view.organ())).append("</p>\n");
		}
		if (!view.date().isEmpty()) {
			h.append("<p class=\"date\">").append(Html.escape(view.chineseDate())).append("</p>\n");
		}
		h.append("</div>\n");
		view.imprint().ifPresent(imprint -> imprint(h, imprint));
		h.append("</main>\n</body>\n</html>\n");
		return h.toString();
	}

	/**
	 * GB/T 9704 7.4: the 版记 between its 分隔线, printed on a left-hand (even) page of its own (CSS
	 * {@code break-before: left}); the DOCX also sets it at the page's foot, the HTML under the text.
	 */
	private static void imprint(StringBuilder h, ReportView.Imprint imprint) {
		h.append("<footer class=\"imprint\">\n");
		if (!imprint.copyLine().isEmpty()) {
			h.append("<p class=\"copy-to\">").append(Html.escape(imprint.copyLine())).append("</p>\n");
		}
		h.append("<p class=\"printed\"><span class=\"printer\">").append(Html.escape(imprint.printer()))
				.append("</span><span class=\"print-date\">").append(Html.escape(imprint.printedOn())).append("</span></p>\n</footer>\n");
	}

	private static void errors(StringBuilder h, List<Finding> errors) {
		if (errors.isEmpty()) {
			return;
		}
		h.append("<div class=\"errors\" role=\"alert\">\n<strong>未通过校验：本报告有 ").append(errors.size())
				.append(" 处错误，数字未经核实，请勿发布。</strong>\n<ul>\n");
		int shown = 0;
		for (Finding f : errors) {
			if (shown++ == MAX_LISTED_ERRORS) {
				h.append("<li>…另有 ").append(errors.size() - MAX_LISTED_ERRORS).append(" 处错误，见 nianbao validate</li>\n");
				break;
			}
			h.append("<li>").append(Html.escape(f.file() + ":" + f.line() + ":" + f.column() + " [" + f.code() + "] "
					+ f.message())).append("</li>\n");
		}
		h.append("</ul>\n</div>\n");
	}

	private static void paragraph(StringBuilder h, ParagraphView p) {
		if (p.isHeading()) {
			h.append("<p class=\"subheading\">").append(Html.escape(p.lead())).append("</p>\n");
			return;
		}
		h.append("<p>");
		if (!p.lead().isEmpty()) {
			h.append("<span class=\"lead\">").append(Html.escape(p.lead())).append("</span>");
		}
		h.append(Html.escape(p.body())).append("</p>\n");
	}

	private static void table(StringBuilder h, TableView t, ReportView view) {
		HeaderLayout layout = t.layout();
		h.append("<div class=\"table-block\" id=\"").append(Html.escape(t.def().getName())).append("\">\n");
		if (t.def().getNote() != null && !t.def().getNote().isBlank()) {
			h.append("<p class=\"table-note\">").append(Html.escape(t.def().getNote())).append("</p>\n");
		}
		h.append("<table");
		if (layout.columns().size() > WIDE_TABLE) {
			h.append(" class=\"wide\"");
		}
		h.append(">\n<caption>").append(Html.escape(t.def().getCaption())).append("</caption>\n<thead>\n");
		for (int r = 0; r < layout.headerRows(); r++) {
			h.append("<tr>");
			for (Span s : layout.spansStartingIn(r)) {
				header(h, s);
			}
			h.append("</tr>\n");
		}
		h.append("</thead>\n<tbody>\n");
		for (int i = 0; i < layout.rows().size(); i++) {
			int r = layout.headerRows() + i;
			h.append("<tr data-row=\"").append(Html.escape(Tables.pathString(layout.rowNode(i)))).append("\">");
			for (Span s : layout.spansStartingIn(r)) {
				header(h, s);
			}
			for (int j = 0; j < layout.columns().size(); j++) {
				cell(h, t.cell(i, j), view.errorsOn(t, i, j));
			}
			h.append("</tr>\n");
		}
		h.append("</tbody>\n</table>\n</div>\n");
	}

	private static void header(StringBuilder h, Span s) {
		h.append("<th scope=\"").append(s.scope()).append('"');
		if (s.rowSpan() > 1) {
			h.append(" rowspan=\"").append(s.rowSpan()).append('"');
		}
		if (s.colSpan() > 1) {
			h.append(" colspan=\"").append(s.colSpan()).append('"');
		}
		h.append('>').append(Html.escape(s.text())).append("</th>");
	}

	private static void cell(StringBuilder h, CellValue c, List<Finding> errors) {
		h.append("<td");
		if (!errors.isEmpty()) {
			StringBuilder title = new StringBuilder();
			for (Finding f : errors) {
				title.append(title.isEmpty() ? "" : "\n").append('[').append(f.code()).append("] ").append(f.message());
			}
			h.append(" class=\"error\" title=\"").append(Html.escape(title.toString())).append('"');
		} else if (c.computed()) {
			h.append(" class=\"computed\" title=\"自动计算\"");
		}
		h.append('>').append(Html.escape(c.text()));
		if (c.hasNote()) {
			h.append("<span class=\"cell-note\">（").append(Html.escape(c.note())).append("）</span>");
		}
		h.append("</td>");
	}
}
