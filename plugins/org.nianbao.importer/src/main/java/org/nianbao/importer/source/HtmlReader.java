package org.nianbao.importer.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.nianbao.diagnostics.Phrases;
import org.nianbao.importer.ImportCodes;
import org.nianbao.importer.ImportException;

/**
 * Published web pages: every block of text is a unit; every table row a physical row whose original
 * cells (not the positions a rowspan/colspan covers) become tokens, empty cells included.
 */
public final class HtmlReader {
	private HtmlReader() {
	}

	private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "svg", "iframe",
			"object", "select", "button");

	/** Entity declarations or an internal/external DTD subset: what an XXE attack needs. */
	private static final Pattern HOSTILE = Pattern.compile("<!ENTITY|<!DOCTYPE[^>]*(\\[|SYSTEM)",
			Pattern.CASE_INSENSITIVE);

	public static List<Token> read(String html) throws ImportException {
		var m = HOSTILE.matcher(html);
		if (m.find()) {
			throw new ImportException(lineOf(html, m.start()), ImportCodes.REFUSED,
					Phrases.IMPORTER.render("html.dtd"));
		}
		Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
		HtmlReader.Walker w = new Walker();
		w.visit(doc.body());
		return w.tokens;
	}

	private static int lineOf(String s, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (s.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	private static final class Walker {
		final List<Token> tokens = new ArrayList<>();
		int units;
		int rows;

		void visit(Element el) {
			if (SKIPPED.contains(el.normalName())) {
				return;
			}
			if (el.normalName().equals("table")) {
				if (isLayoutTable(el)) {
					// A table that holds a table lays out the page (Word and CMS pages wrap the body in one):
					// its cells are blocks, and the real table is inside.
					for (Element cell : el.select("td, th")) {
						if (cell.closest("table") == el) {
							visit(cell);
						}
					}
				} else {
					table(el);
				}
				return;
			}
			if (!hasBlockChild(el)) {
				text(el.text(), el);
				return;
			}
			// Mixed content: text between block children is a unit of its own.
			StringBuilder inline = new StringBuilder();
			for (Node child : el.childNodes()) {
				if (child instanceof TextNode tn) {
					inline.append(tn.text());
				} else if (child instanceof Element ce) {
					if (ce.isBlock() || ce.normalName().equals("table") || hasBlockChild(ce)) {
						text(inline.toString(), el);
						inline.setLength(0);
						visit(ce);
					} else if (ce.normalName().equals("br")) {
						text(inline.toString(), el);
						inline.setLength(0);
					} else if (!SKIPPED.contains(ce.normalName())) {
						inline.append(ce.text());
					}
				}
			}
			text(inline.toString(), el);
		}

		private static boolean isLayoutTable(Element table) {
			for (Element inner : table.select("table")) {
				if (inner != table) {
					return true;
				}
			}
			return false;
		}

		/** Answers per element, so that nested blocks are not searched again at every level. */
		private final java.util.Map<Element, Boolean> blockInside = new java.util.IdentityHashMap<>();

		private boolean hasBlockChild(Element el) {
			Boolean known = blockInside.get(el);
			if (known != null) {
				return known;
			}
			boolean found = false;
			for (Element c : el.children()) {
				if (c.isBlock() || c.normalName().equals("table") || c.normalName().equals("br") || hasBlockChild(c)) {
					found = true;
					break;
				}
			}
			blockInside.put(el, found);
			return found;
		}

		private void text(String raw, Element where) {
			String t = Texts.strip(raw);
			if (!t.isEmpty()) {
				int unit = units++;
				tokens.add(new Token(t, line(where), -1, unit, t));
			}
		}

		private void table(Element table) {
			for (Element tr : table.select("tr")) {
				// Rows of a nested table belong to the cell that holds it, not to this table.
				if (tr.closest("table") != table) {
					continue;
				}
				int row = rows++;
				for (Element cell : tr.children()) {
					if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
						continue;
					}
					String t = Texts.strip(cell.text());
					tokens.add(new Token(t, line(cell), row, units++, t));
				}
			}
		}

		private static int line(Element el) {
			int l = el.sourceRange().start().lineNumber();
			return l < 1 ? 1 : l;
		}
	}
}
