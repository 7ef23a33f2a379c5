package org.nianbao.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.nianbao.Cell;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.SectionData;

/**
 * Where an imported report's rows, paragraphs and headings were in the published file: the
 * importer writes a comment `// @原文 2:37:5 2:37:41 …` on the line before each of them (page, line
 * and column of the element, then of each cell; `-` where unknown), which the formatter keeps as
 * it keeps every comment; validation output reads it back for a finding's position. One format,
 * written and read here only.
 */
public final class SourceComments {
	private SourceComments() {
	}

	/** A place in the published file: page (1 when it has none), line on that page, column. */
	public record Source(int page, int line, int column) {
		@Override
		public String toString() {
			return page + ":" + line + ":" + column;
		}
	}

	public static final String MARK = "@原文";

	/** First line of every imported file, naming the published file: `// 由 nianbao import 自 NAME 导入。`. */
	public static final String HEADER = "// 由 nianbao import 自 ";
	private static final String HEADER_END = " 导入。";

	/** The header line for a published file's name. */
	public static String header(String publishedName) {
		String name = publishedName.indexOf('\n') < 0 && publishedName.indexOf('\r') < 0 ? publishedName
				: publishedName.replaceAll("[\\r\\n]+", " ");
		return HEADER + name + HEADER_END;
	}

	/** The published file's name an imported report's header names, or null when it is not an import. */
	public static String publishedName(String text) {
		if (!text.startsWith(HEADER)) {
			return null;
		}
		int nl = text.indexOf('\n');
		String line = (nl < 0 ? text : text.substring(0, nl)).strip();
		return line.endsWith(HEADER_END.strip()) ? line.substring(HEADER.length(), line.length() - HEADER_END.strip().length()).strip() : null;
	}
	private static final Pattern ENTRY = Pattern.compile("(\\d+):(\\d+):(\\d+)|-");

	/** The comment's text (without `//`), from the element's place and its cells'. */
	public static String format(Source element, List<Source> cells) {
		StringBuilder sb = new StringBuilder(MARK).append(' ').append(element == null ? "-" : element.toString());
		for (Source s : cells) {
			sb.append(' ').append(s == null ? "-" : s.toString());
		}
		return sb.toString();
	}

	/** The entries of a comment written by {@link #format}; empty when it is not one. */
	public static List<Source> parse(String comment) {
		List<Source> out = new ArrayList<>();
		String c = comment.strip();
		if (c.startsWith("//")) {
			c = c.substring(2).strip();
		}
		if (!c.startsWith(MARK)) {
			return out;
		}
		Matcher m = ENTRY.matcher(c.substring(MARK.length()));
		while (m.find()) {
			out.add(m.group(1) == null ? null
					: new Source(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
		}
		return out;
	}

	/**
	 * The published place of what lies at {@code offset} in an imported report: the cell's when a
	 * cell is there, else its row's, paragraph's or section heading's; null when the report carries
	 * no source comments there.
	 */
	public static Source at(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null) {
			return null;
		}
		EObject o = NodeModelUtils.findActualSemanticObjectFor(leaf);
		Cell cell = EcoreUtil2.getContainerOfType(o, Cell.class);
		RowData row = EcoreUtil2.getContainerOfType(o, RowData.class);
		if (row != null) {
			List<Source> entries = entries(row);
			int index = cell == null ? 0 : row.getCells().indexOf(cell) + 1;
			return index < entries.size() ? entries.get(index) : entries.isEmpty() ? null : entries.get(0);
		}
		for (EObject e : List.of(Paragraph.class, SectionData.class, Report.class).stream()
				.map(c -> (EObject) EcoreUtil2.getContainerOfType(o, c)).toList()) {
			if (e != null && !(e instanceof Report)) {
				List<Source> entries = entries(e);
				return entries.isEmpty() ? null : entries.get(0);
			}
		}
		return null;
	}

	/** The source comment's entries standing just before an element (only comments and spacing between). */
	public static List<Source> entries(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return List.of();
		}
		// the comment is hidden in the node before the element's first token, or at its start
		for (ILeafNode l : node.getLeafNodes()) {
			if (!l.isHidden()) {
				break;
			}
			List<Source> found = parse(l.getText());
			if (!found.isEmpty()) {
				return found;
			}
		}
		INode prev = node.getFirstChild() == null ? null : previousLeaf(node);
		while (prev instanceof ILeafNode l && l.isHidden()) {
			List<Source> found = parse(l.getText());
			if (!found.isEmpty()) {
				return found;
			}
			prev = previousLeaf(l);
		}
		return List.of();
	}

	private static INode previousLeaf(INode node) {
		INode n = node;
		while (n != null) {
			INode sibling = n.getPreviousSibling();
			if (sibling != null) {
				INode last = sibling;
				while (last instanceof ICompositeNode c && c.getLastChild() != null) {
					last = c.getLastChild();
				}
				return last;
			}
			n = n.getParent();
		}
		return null;
	}
}
