package org.nianbao.importer.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

	/**
	 * Where an entity declaration or an internal/external DTD subset starts (what an XXE attack
	 * needs: `<!ENTITY`, `<!DOCTYPE … [` or `<!DOCTYPE … SYSTEM`, in any case), or -1.
	 */
	static int hostileAt(String html) {
		for (int at = html.indexOf("<!"); at >= 0; at = html.indexOf("<!", at + 2)) {
			if (html.regionMatches(true, at + 2, "ENTITY", 0, 6)) {
				return at;
			}
			if (html.regionMatches(true, at + 2, "DOCTYPE", 0, 7)) {
				int end = html.indexOf('>', at);
				String declaration = html.substring(at, end < 0 ? html.length() : end);
				if (declaration.indexOf('[') >= 0 || declaration.toUpperCase(java.util.Locale.ROOT).contains("SYSTEM")) {
					return at;
				}
			}
		}
		return -1;
	}

	public static List<Token> read(String html) throws ImportException {
		int hostile = hostileAt(html);
		if (hostile >= 0) {
			throw new ImportException(lineOf(html, hostile), ImportCodes.REFUSED,
					Phrases.IMPORTER.render("html.dtd"));
		}
		try {
			return tokens(html);
		} catch (RuntimeException | StackOverflowError e) {
			// jsoup failing on a malformed page: the page cannot be read, and the user is told so
			String why = e.getMessage() == null ? e.getClass().getSimpleName() : Texts.firstLine(e.getMessage());
			throw new ImportException(1, ImportCodes.UNKNOWN_FORM, Phrases.IMPORTER.render("html.unreadable", why), e);
		}
	}

	private static List<Token> tokens(String html) {
		HtmlTagLines tagLines = HtmlTagLines.parse(html);
		if (tagLines != null) {
			try {
				Walker w = new Walker(el -> {
					int line = tagLines.line(el);
					if (line < 0) {
						throw new LineUnknown();
					}
					return line;
				});
				w.visit(tagLines.document().body());
				return w.tokens;
			} catch (LineUnknown e) {
				// an element whose line only jsoup's tracking knows
			}
		}
		Document tracked = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
		Walker w = new Walker(el -> el.sourceRange().start().lineNumber());
		w.visit(tracked.body());
		return w.tokens;
	}

	/** Thrown when {@link HtmlTagLines} cannot tell an element's line for certain. */
	private static final class LineUnknown extends RuntimeException {
		private static final long serialVersionUID = 1L;

		LineUnknown() {
			super(null, null, false, false);
		}
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
		final java.util.function.ToIntFunction<Element> lines;
		int units;
		int rows;

		Walker(java.util.function.ToIntFunction<Element> lines) {
			this.lines = lines;
		}

		void visit(Element el) {
			if (SKIPPED.contains(el.normalName())) {
				return;
			}
			if (el.normalName().equals("table")) {
				boolean[] nested = { false };
				List<Element> own = ownRows(el, new ArrayList<>(), false, nested);
				if (nested[0]) {
					// A table that holds a table lays out the page (Word and CMS pages wrap the body in one):
					// its cells are blocks, and the real table is inside.
					for (Element cell : ownRows(el, new ArrayList<>(), true, nested)) {
						visit(cell);
					}
				} else {
					table(own);
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

		/**
		 * The table's own rows (or, with {@code cells}, its own `td`/`th`) in document order; a nested
		 * table's are the cell's that holds it. {@code nested[0]} is set when there is a nested table.
		 */
		private static List<Element> ownRows(Element el, List<Element> found, boolean cells, boolean[] nested) {
			for (Element c = el.firstElementChild(); c != null; c = c.nextElementSibling()) {
				String name = c.normalName();
				if (name.equals("table")) {
					nested[0] = true;
					continue;
				}
				if (cells ? name.equals("td") || name.equals("th") : name.equals("tr")) {
					found.add(c);
				}
				ownRows(c, found, cells, nested);
			}
			return found;
		}

		/** Answers per element, so that nested blocks are not searched again at every level. */
		private final java.util.Map<Element, Boolean> blockInside = new java.util.IdentityHashMap<>();

		private boolean hasBlockChild(Element el) {
			Boolean known = blockInside.get(el);
			if (known != null) {
				return known;
			}
			boolean found = false;
			for (Element c = el.firstElementChild(); c != null; c = c.nextElementSibling()) {
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

		/** A table's own rows (rows of a nested table belong to the cell that holds it, not to this table). */
		private void table(List<Element> ownRows) {
			for (Element tr : ownRows) {
				int row = rows++;
				for (Element cell = tr.firstElementChild(); cell != null; cell = cell.nextElementSibling()) {
					if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
						continue;
					}
					String t = Texts.strip(cell.text());
					tokens.add(new Token(t, line(cell), row, units++, t));
				}
			}
		}

		private int line(Element el) {
			int l = lines.applyAsInt(el);
			return l < 1 ? 1 : l;
		}
	}
}
