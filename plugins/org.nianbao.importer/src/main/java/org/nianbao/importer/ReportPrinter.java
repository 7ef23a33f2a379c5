package org.nianbao.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.nianbao.importer.ImportedReport.Cell;
import org.nianbao.importer.ImportedReport.Row;
import org.nianbao.formatting2.NianbaoFormatter;
import org.nianbao.formatting2.TableAlignment;
import org.nianbao.model.SourceComments;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Leaf;

/**
 * Prints an imported report as `.nianbao` source in the form `nianbao fmt` gives it (indentation,
 * cells aligned by the formatter's own {@link TableAlignment}), so that no formatting pass is
 * needed; tests hold the two to the same text. Every string is escaped; narrative stays byte for
 * byte as published.
 */
public final class ReportPrinter {
	private ReportPrinter() {
	}

	/** First line of every imported file: a later failed import recognises its own stale output by it. */
	public static final String HEADER = SourceComments.HEADER;

	private static final String INDENT = NianbaoFormatter.INDENTATION;

	public static String print(ImportedReport r, String sourceName) {
		StringBuilder sb = new StringBuilder(8192);
		sb.append(SourceComments.header(sourceName)).append('\n');
		sb.append("report ").append(r.name).append(" : ").append(r.template.getName()).append(" {\n");
		if (r.title != null) {
			line(sb, 1).append("标题 ").append(string(r.title)).append('\n');
		}
		if (r.organ != null) {
			line(sb, 1).append("机关 ").append(string(r.organ)).append('\n');
		}
		if (r.year != null) {
			line(sb, 1).append("年度 ").append(r.year).append('\n');
		}
		if (r.date != null) {
			line(sb, 1).append("发布 ").append(string(r.date)).append('\n');
		}
		if (!r.preamble.isEmpty()) {
			// The preamble is not part of 总体情况 (it would count towards the overview's length): it is
			// kept before the sections, as comments the formatter keeps.
			sb.append('\n');
			line(sb, 1).append("// 导言（原文标题与第一个章节标题之间的文字）：\n");
			for (String p : r.preamble) {
				for (String text : wrap(oneLine(p), 60)) {
					line(sb, 1).append("// ").append(text).append('\n');
				}
			}
		}
		// the formatter keeps no blank line between the preamble's comments and the first section's
		boolean afterComments = !r.preamble.isEmpty();
		for (ImportedReport.Section s : r.sections) {
			if (s.contents.isEmpty()) {
				continue;
			}
			if (!afterComments) {
				sb.append('\n');
			}
			afterComments = false;
			if (s.heading != null) {
				line(sb, 1).append("// ").append(SourceComments.format(s.heading, List.of())).append('\n');
			}
			line(sb, 1).append("section ").append(s.def.getName()).append(" {\n");
			for (Object o : s.contents) {
				if (o instanceof ImportedReport.Text p) {
					if (p.at() != null) {
						line(sb, 2).append("// ").append(SourceComments.format(p.at(), List.of())).append('\n');
					}
					line(sb, 2).append("text ").append(text(p.text())).append('\n');
				} else if (o instanceof String p) {
					line(sb, 2).append("text ").append(text(p)).append('\n');
				} else if (o instanceof ImportedReport.Remark remark) {
					line(sb, 2).append("// ").append(oneLine(remark.text())).append('\n');
				} else if (o instanceof ImportedReport.Table t) {
					printTable(sb, t);
				}
			}
			line(sb, 1).append("}\n");
		}
		sb.append("}\n");
		return sb.toString();
	}

	private static StringBuilder line(StringBuilder sb, int depth) {
		for (int i = 0; i < depth; i++) {
			sb.append(INDENT);
		}
		return sb;
	}

	private static void printTable(StringBuilder sb, ImportedReport.Table t) {
		line(sb, 2).append("table ").append(t.def.getName()).append(" {\n");
		List<Leaf> columns = Tables.columnLeaves(t.def);
		line(sb, 3).append("//");
		for (Leaf c : columns) {
			sb.append(' ').append(Tables.shortestName(c));
		}
		sb.append('\n');
		List<String> heads = new ArrayList<>();
		List<List<String>> cells = new ArrayList<>();
		for (Row row : t.rows) {
			String head = row.group() != null ? "sum " + Tables.shortestName(row.group()) : Tables.shortestName(row.leaf());
			heads.add(row.publishedLabel() == null ? head : head + " " + string(row.publishedLabel()));
			cells.add(row.cells().stream().map(ReportPrinter::cell).toList());
		}
		TableAlignment alignment = new TableAlignment(heads, cells);
		for (int r = 0; r < t.rows.size(); r++) {
			Row row = t.rows.get(r);
			if (row.comment() != null) {
				line(sb, 3).append("// ").append(oneLine(row.comment())).append('\n');
			}
			if (row.at() != null) {
				line(sb, 3).append("// ").append(SourceComments.format(row.at(), row.cellSources())).append('\n');
			}
			String head = heads.get(r);
			line(sb, 3).append(head);
			List<String> texts = cells.get(r);
			for (int i = 0; i < texts.size(); i++) {
				sb.repeat(' ', alignment.spacesBefore(head, i, texts.get(i))).append(texts.get(i));
			}
			sb.append('\n');
		}
		line(sb, 2).append("}\n");
	}

	private static String cell(Cell c) {
		String v = c.unreadable() ? "?" : c.value() == null ? "-" : plain(c.value());
		return c.note() == null ? v : v + " " + string(c.note());
	}

	private static String plain(BigDecimal v) {
		return v.toPlainString();
	}

	/**
	 * A narrative block: `"""…"""` when the text allows it, else an escaped string. Braces are
	 * doubled: published text is text, never an expression bound to cells.
	 */
	static String text(String published) {
		String p = org.nianbao.arithmetic.NarrativeExpressions.escape(published);
		if (!p.contains("\"\"\"") && !p.endsWith("\"")) {
			return "\"\"\"" + p + "\"\"\"";
		}
		return string(p);
	}

	static String string(String s) {
		StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
		for (char c : s.toCharArray()) {
			switch (c) {
			case '"' -> sb.append("\\\"");
			case '\\' -> sb.append("\\\\");
			case '\n' -> sb.append("\\n");
			case '\r' -> sb.append("\\r");
			case '\t' -> sb.append("\\t");
			default -> sb.append(c);
			}
		}
		return sb.append('"').toString();
	}

	private static List<String> wrap(String s, int width) {
		List<String> lines = new java.util.ArrayList<>();
		for (int i = 0; i < s.length(); i += width) {
			lines.add(s.substring(i, Math.min(s.length(), i + width)));
		}
		return lines;
	}

	private static String oneLine(String s) {
		return s.replaceAll("[\\r\\n]+", " ");
	}
}
