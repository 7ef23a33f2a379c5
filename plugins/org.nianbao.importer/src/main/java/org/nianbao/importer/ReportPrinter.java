package org.nianbao.importer;

import java.math.BigDecimal;
import java.util.List;

import org.nianbao.importer.ImportedReport.Cell;
import org.nianbao.importer.ImportedReport.Row;
import org.nianbao.model.SourceComments;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Leaf;

/**
 * Prints an imported report as `.nianbao` source. The layout is plain; the project's formatter
 * aligns it afterwards. Every string is escaped; narrative stays byte for byte as published.
 */
public final class ReportPrinter {
	private ReportPrinter() {
	}

	/** First line of every imported file: a later failed import recognises its own stale output by it. */
	public static final String HEADER = SourceComments.HEADER;

	public static String print(ImportedReport r, String sourceName) {
		StringBuilder sb = new StringBuilder();
		sb.append(SourceComments.header(sourceName)).append('\n');
		sb.append("report ").append(r.name).append(" : ").append(r.template.getName()).append(" {\n");
		if (r.title != null) {
			sb.append("标题 ").append(string(r.title)).append('\n');
		}
		if (r.organ != null) {
			sb.append("机关 ").append(string(r.organ)).append('\n');
		}
		if (r.year != null) {
			sb.append("年度 ").append(r.year).append('\n');
		}
		if (r.date != null) {
			sb.append("发布 ").append(string(r.date)).append('\n');
		}
		if (!r.preamble.isEmpty()) {
			// The preamble is not part of 总体情况 (it would count towards the overview's length): it is
			// kept before the sections, as comments the formatter keeps.
			sb.append("\n// 导言（原文标题与第一个章节标题之间的文字）：\n");
			for (String p : r.preamble) {
				for (String line : wrap(oneLine(p), 60)) {
					sb.append("// ").append(line).append('\n');
				}
			}
		}
		for (ImportedReport.Section s : r.sections) {
			if (s.contents.isEmpty()) {
				continue;
			}
			sb.append('\n');
			if (s.heading != null) {
				sb.append("// ").append(SourceComments.format(s.heading, List.of())).append('\n');
			}
			sb.append("section ").append(s.def.getName()).append(" {\n");
			for (Object o : s.contents) {
				if (o instanceof ImportedReport.Text p) {
					if (p.at() != null) {
						sb.append("    // ").append(SourceComments.format(p.at(), List.of())).append('\n');
					}
					sb.append("text ").append(text(p.text())).append('\n');
				} else if (o instanceof String p) {
					sb.append("text ").append(text(p)).append('\n');
				} else if (o instanceof ImportedReport.Remark remark) {
					sb.append("    // ").append(oneLine(remark.text())).append('\n');
				} else if (o instanceof ImportedReport.Table t) {
					printTable(sb, t);
				}
			}
			sb.append("}\n");
		}
		sb.append("}\n");
		return sb.toString();
	}

	private static void printTable(StringBuilder sb, ImportedReport.Table t) {
		sb.append("table ").append(t.def.getName()).append(" {\n");
		List<Leaf> columns = Tables.columnLeaves(t.def);
		sb.append("      //");
		for (Leaf c : columns) {
			sb.append(' ').append(Tables.shortestName(c));
		}
		sb.append('\n');
		for (Row row : t.rows) {
			if (row.comment() != null) {
				sb.append("      // ").append(oneLine(row.comment())).append('\n');
			}
			if (row.at() != null) {
				sb.append("      // ").append(SourceComments.format(row.at(), row.cellSources())).append('\n');
			}
			sb.append(row.group() != null ? "sum " + Tables.shortestName(row.group()) : Tables.shortestName(row.leaf()));
			if (row.publishedLabel() != null) {
				sb.append(' ').append(string(row.publishedLabel()));
			}
			for (Cell c : row.cells()) {
				sb.append(' ').append(cell(c));
			}
			sb.append('\n');
		}
		sb.append("}\n");
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
