package org.nianbao.importer.source;

import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The source line of each element's start tag, found without jsoup's position tracking (which
 * doubled the cost of parsing): the start tags are listed from the source in order, and the k-th
 * element of a name in document order is the k-th start tag of that name. That holds where the
 * parser kept the source's order and neither dropped nor implied an element of the name: only a
 * page parsed without error is read this way (foster parenting, dropped and misnested tags are all
 * parse errors); names the parser implies even then (or merges a second start tag into) are never
 * claimed; and a name whose count differs between source and document has no lines here. Where an
 * element has no line here, the reader asks jsoup's position tracking instead.
 */
final class HtmlTagLines {
	/** Elements whose content the parser reads as text, not as tags. */
	private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "iframe", "noembed",
			"noframes", "plaintext");

	/**
	 * Elements the parser creates without a start tag of their own, merges a second start tag into,
	 * or clones when it repairs misnested formatting (the adoption agency).
	 */
	private static final Set<String> IMPLIED = Set.of("html", "head", "body", "tbody", "thead", "tfoot", "tr", "colgroup",
			"br", "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

	private final Map<Element, Integer> lines;
	private final Document document;

	/** The page parsed, with its lines; null when the parser met an error (then only jsoup's tracking is exact). */
	static HtmlTagLines parse(String html) {
		Parser parser = Parser.htmlParser().setTrackErrors(1);
		Document doc = Jsoup.parse(html, "", parser);
		return parser.getErrors().isEmpty() ? new HtmlTagLines(html, doc) : null;
	}

	Document document() {
		return document;
	}

	/** The lines of one name's start tags in source order, and how many of its elements were met. */
	static final class TagLines {
		private int[] lines = new int[8];
		private int size;
		private int met;
		private boolean claimed;

		void add(int line) {
			if (size == lines.length) {
				lines = java.util.Arrays.copyOf(lines, size * 2);
			}
			lines[size++] = line;
		}

		int size() {
			return size;
		}

		int line(int k) {
			return lines[k];
		}
	}

	private HtmlTagLines(String html, Document root) {
		this.document = root;
		Map<String, TagLines> tags = startTags(html);
		List<Element> elements = new ArrayList<>(512);
		preOrder(root, elements);
		// the k-th element of a name takes the k-th start tag's line, if the name turns out claimable
		TagLines[] of = new TagLines[elements.size()];
		int[] line = new int[elements.size()];
		for (int i = 0; i < elements.size(); i++) {
			TagLines t = tags.get(elements.get(i).normalName());
			if (t != null) {
				of[i] = t;
				line[i] = t.met < t.size ? t.lines[t.met] : -1;
				t.met++;
			}
		}
		// a `</p>` with no open p implies one; a `<p>` in a select or frameset is dropped: both at once keep the count
		boolean pDropped = tags.containsKey("select") || tags.containsKey("frameset");
		tags.forEach((name, t) -> t.claimed = t.met == t.size && !IMPLIED.contains(name) && !(pDropped && name.equals("p")));
		this.lines = new IdentityHashMap<>(2 * elements.size());
		for (int i = 0; i < elements.size(); i++) {
			if (of[i] != null && of[i].claimed) {
				lines.put(elements.get(i), line[i]);
			}
		}
	}

	/** The elements in document order. */
	private static void preOrder(Element el, List<Element> out) {
		out.add(el);
		for (Element c = el.firstElementChild(); c != null; c = c.nextElementSibling()) {
			preOrder(c, out);
		}
	}

	/** The line of the element's start tag, or -1 when this way cannot tell it for certain. */
	int line(Element el) {
		Integer line = lines.get(el);
		return line == null ? -1 : line;
	}

	/** Start tags by lower-case name, in source order, each with its line; comments, declarations and raw text skipped. */
	static Map<String, TagLines> startTags(String html) {
		Map<String, TagLines> tags = new HashMap<>();
		int n = html.length();
		String lastName = null;
		TagLines last = null;
		// offsets first (the scan jumps from `<` to `<`), lines from them at the end
		for (int i = html.indexOf('<'); i >= 0 && i + 1 < n; i = html.indexOf('<', i)) {
			char next = html.charAt(i + 1);
			if (next == '!' || next == '?' || next == '/') {
				// a comment, a declaration, a processing instruction or an end tag: up to its end
				String close = html.startsWith("<!--", i) ? "-->" : ">";
				int end = html.indexOf(close, i + (close.length() == 3 ? 4 : 2));
				i = end < 0 ? n : end + close.length();
				continue;
			}
			if (!isAsciiLetter(next)) {
				i++;
				continue;
			}
			int nameEnd = i + 1;
			while (nameEnd < n && !isTagNameEnd(html.charAt(nameEnd))) {
				nameEnd++;
			}
			TagLines t;
			String name;
			// cells and rows come in runs: the name of the tag before is the likeliest, and needs no new string
			if (lastName != null && nameEnd - i - 1 == lastName.length() && html.regionMatches(i + 1, lastName, 0, lastName.length())) {
				name = lastName;
				t = last;
			} else {
				name = html.substring(i + 1, nameEnd).toLowerCase(Locale.ROOT);
				t = tags.computeIfAbsent(name, k -> new TagLines());
				lastName = name;
				last = t;
			}
			t.add(i);
			i = tagEnd(html, nameEnd);
			if (RAW_TEXT.contains(name)) {
				int close = indexOfIgnoreCase(html, "</" + name, i);
				i = close < 0 ? n : close;
			}
		}
		int[] breaks = new int[64];
		int count = 0;
		for (int k = html.indexOf('\n'); k >= 0; k = html.indexOf('\n', k + 1)) {
			if (count == breaks.length) {
				breaks = java.util.Arrays.copyOf(breaks, count * 2);
			}
			breaks[count++] = k;
		}
		for (TagLines t : tags.values()) {
			for (int k = 0; k < t.size; k++) {
				// one more than the line breaks before the offset: their insertion point, as a `<` is never one
				t.lines[k] = -java.util.Arrays.binarySearch(breaks, 0, count, t.lines[k]);
			}
		}
		return tags;
	}

	/** After the `>` that ends a start tag; a value quoted after `=` may hold one. */
	private static int tagEnd(String html, int from) {
		char quote = 0;
		boolean afterEquals = false;
		for (int k = from; k < html.length(); k++) {
			char c = html.charAt(k);
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				}
			} else if (c == '>') {
				return k + 1;
			} else if (c == '=') {
				afterEquals = true;
			} else if (afterEquals && (c == '"' || c == '\'')) {
				quote = c;
				afterEquals = false;
			} else if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
				afterEquals = false;
			}
		}
		return html.length();
	}


	/** Where {@code what} (starting with `<`) occurs from {@code from} on, in any case, or -1. */
	private static int indexOfIgnoreCase(String s, String what, int from) {
		for (int k = s.indexOf('<', from); k >= 0; k = s.indexOf('<', k + 1)) {
			if (s.regionMatches(true, k, what, 0, what.length())) {
				return k;
			}
		}
		return -1;
	}

	private static boolean isAsciiLetter(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
	}

	private static boolean isTagNameEnd(char c) {
		return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
	}
}
