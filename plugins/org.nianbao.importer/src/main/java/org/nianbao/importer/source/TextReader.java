package org.nianbao.importer.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text as pages give it: one cell per line, `|`-separated rows (Markdown pipe rows included,
 * an empty cell between two bars is a blank cell), tab- or space-aligned cells (`pdftotext -layout`),
 * or a whole page on one line. Form feeds start a page; page numbers and running headers are page
 * furniture and are dropped. Every remaining line is a unit; its cells are the tokens.
 */
public final class TextReader {
	private TextReader() {
	}

	/** `-1-`, `— 3 —`, `- 2 -`, `第 2 页`, `第2页 共6页`, `2/6`. */
	static final Pattern PAGE_NUMBER = Pattern.compile(
			"^(?:[-—–－~]\\s*\\d{1,3}\\s*[-—–－~]|第\\s*\\d{1,3}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,3}\\s*页)?|\\d{1,3}\\s*/\\s*\\d{1,3})$");
	/** A Markdown table's alignment row: `|---|:--:|`. */
	private static final Pattern MARKDOWN_RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$");
	/** A Markdown heading's marks (`## 表三：…`). */
	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");

	public static List<Token> read(String content) {
		List<Token> tokens = new ArrayList<>();
		String[] lines = lines(content);
		Map<String, Integer> repeated = runningHeaders(lines);
		int page = 1, rows = 0, pageStart = 0;
		for (int i = 0; i < lines.length; i++) {
			String raw = lines[i];
			int ff;
			while ((ff = raw.indexOf('\f')) >= 0) {
				page++;
				pageStart = i;
				raw = raw.substring(0, ff) + raw.substring(ff + 1);
			}
			int pageLine = page == 1 ? i + 1 : i - pageStart + 1;
			String line = Texts.strip(raw);
			// the patterns only where they can match: most lines are long and hold neither
			if (line.isEmpty() || mayBePageNumber(line) && PAGE_NUMBER.matcher(line).matches()
					|| line.indexOf("---") >= 0 && MARKDOWN_RULE.matcher(line).matches() || repeated.containsKey(line)) {
				continue;
			}
			int indent = raw.indexOf(line.charAt(0));
			if (line.charAt(0) == '#') {
				Matcher h = MARKDOWN_HEADING.matcher(line);
				if (h.find()) {
					indent += h.end();
					line = line.substring(h.end());
				}
			}
			if (line.indexOf('|') >= 0) {
				pipeRow(tokens, raw, line, page, i, rows++, pageLine);
				continue;
			}
			int sep = nextSeparator(line, 0);
			if (sep >= 0) {
				int from = 0;
				while (true) {
					int to = sep >= 0 ? sep : line.length();
					String part = line.substring(from, to);
					String t = Texts.strip(part);
					if (!t.isEmpty()) {
						int lead = part.indexOf(t.charAt(0));
						tokens.add(new Token(t, page, i + 1, indent + from + lead + 1, -1, i, line, pageLine));
					}
					if (sep < 0) {
						break;
					}
					from = separatorEnd(line, sep);
					blanks(tokens, line, sep, from, page, i, indent, pageLine);
					sep = nextSeparator(line, from);
				}
			} else {
				tokens.add(new Token(line, page, i + 1, indent + 1, -1, i, line, pageLine));
			}
		}
		return StackedCells.join(tokens);
	}

	/**
	 * Where the next cell separator starts at or after {@code from}, or -1: a tab, or three or more
	 * spaces of any width ({@link #isCellSpace}). Scanned by hand: a pattern per line cost more than
	 * the rest of the reading.
	 */
	static int nextSeparator(String line, int from) {
		int run = 0;
		for (int k = from; k < line.length(); k++) {
			char c = line.charAt(k);
			if (c == '\t') {
				return k - run;
			}
			if (isCellSpace(c)) {
				if (++run == 3) {
					return k - 2;
				}
			} else {
				run = 0;
			}
		}
		return -1;
	}

	/**
	 * The cells left empty between two tabs of a tab-separated row (a copy from Word, WPS or a
	 * browser puts one tab between two cells, empty or not): each is a blank, as an empty cell between
	 * two bars is. Only inside the row: tabs before its first cell indent it, tabs after its last
	 * are no cells. Spaces align and say nothing of empty cells.
	 */
	private static void blanks(List<Token> tokens, String line, int sep, int end, int page, int i, int indent, int pageLine) {
		if (end >= line.length() || tokens.isEmpty() || tokens.get(tokens.size() - 1).unit() != i) {
			return;
		}
		int tabs = 0;
		for (int k = sep; k < end; k++) {
			tabs += line.charAt(k) == '\t' ? 1 : 0;
		}
		for (int k = 1; k < tabs; k++) {
			tokens.add(new Token("", page, i + 1, indent + sep + k + 1, -1, i, line, pageLine));
		}
	}

	/** The end of the separator starting at {@code at}: the run of tabs, or of spaces, it belongs to. */
	private static int separatorEnd(String line, int at) {
		int k = at;
		if (line.charAt(k) == '\t' || line.charAt(k + 1) == '\t' || line.charAt(k + 2) == '\t') {
			// spaces before a tab are part of neither cell: the tabs' run starts where the spaces end
			while (k < line.length() && line.charAt(k) != '\t') {
				k++;
			}
			// the run of tabs, with spaces between them (`\t \t`: an empty cell holding a space)
			while (k < line.length()) {
				int next = k;
				while (next < line.length() && isCellSpace(line.charAt(next))) {
					next++;
				}
				if (next == line.length() || line.charAt(next) != '\t') {
					break;
				}
				k = next + 1;
			}
			return k;
		}
		while (k < line.length() && isCellSpace(line.charAt(k))) {
			k++;
		}
		return k;
	}

	private static boolean isCellSpace(char c) {
		return c == ' ' || c == '\u00a0' || c == '\u3000' || c == '\u2002' || c == '\u2003';
	}

	/** What {@link #PAGE_NUMBER} can match starts and ends so: a cheap test before the pattern. */
	private static boolean mayBePageNumber(String line) {
		char first = line.charAt(0), last = line.charAt(line.length() - 1);
		return ("-—–－~第".indexOf(first) >= 0 || first >= '0' && first <= '9')
				&& ("-—–－~页".indexOf(last) >= 0 || last >= '0' && last <= '9');
	}

	/** The lines of a text, split at `\r\n`, `\r` or `\n` (a trailing empty line kept, as split(…, -1) would). */
	static String[] lines(String content) {
		List<String> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < content.length(); i++) {
			char c = content.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(content.substring(start, i));
				if (c == '\r' && i + 1 < content.length() && content.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		lines.add(content.substring(start));
		return lines.toArray(new String[0]);
	}

	/** `| a |  | b |`: every cell between bars is a token, an empty one a blank; outer bars are optional. */
	private static void pipeRow(List<Token> tokens, String raw, String line, int page, int i, int row, int pageLine) {
		String body = line;
		int offset = raw.indexOf(line);
		if (body.startsWith("|")) {
			body = body.substring(1);
			offset++;
		}
		if (body.endsWith("|")) {
			body = body.substring(0, body.length() - 1);
		}
		int from = 0;
		while (from <= body.length()) {
			int bar = body.indexOf('|', from);
			int to = bar < 0 ? body.length() : bar;
			String part = body.substring(from, to);
			String t = Texts.strip(part);
			int lead = t.isEmpty() ? 0 : part.indexOf(t.charAt(0));
			tokens.add(new Token(t, page, i + 1, offset + from + lead + 1, row, i, line, pageLine));
			if (bar < 0) {
				break;
			}
			from = bar + 1;
		}
	}

	/**
	 * Short lines that stand at the top or the bottom of three or more pages, the same each time (a
	 * running header or footer): page furniture. Only inputs with pages have them; a line repeated
	 * inside the pages (a cell's `0`) is content.
	 */
	private static Map<String, Integer> runningHeaders(String[] lines) {
		int feeds = 0;
		for (String raw : lines) {
			feeds += raw.indexOf('\f') >= 0 ? (int) raw.chars().filter(c -> c == '\f').count() : 0;
		}
		if (feeds < 2) {
			return Map.of(); // fewer than three pages: no running headers (see the end)
		}
		List<List<String>> pages = new ArrayList<>();
		List<String> page = new ArrayList<>();
		for (String raw : lines) {
			int ff = (int) raw.chars().filter(c -> c == '\f').count();
			for (int k = 0; k < ff; k++) {
				pages.add(page);
				page = new ArrayList<>();
			}
			String line = Texts.strip(raw.replace("\f", ""));
			if (!line.isEmpty()) {
				page.add(line);
			}
		}
		pages.add(page);
		Map<String, Integer> seen = new HashMap<>();
		for (List<String> p : pages) {
			java.util.Set<String> edges = new java.util.HashSet<>();
			for (int k = 0; k < Math.min(2, p.size()); k++) {
				edges.add(p.get(k));
				edges.add(p.get(p.size() - 1 - k));
			}
			for (String l : edges) {
				// a header has words: a number alone is a page number (dropped anyway) or a cell
				if (l.length() <= 40 && l.indexOf('|') < 0 && l.codePoints().filter(Character::isLetter).count() >= 2) {
					seen.merge(l, 1, Integer::sum);
				}
			}
		}
		Map<String, Integer> result = new HashMap<>();
		if (pages.size() >= 3) {
			seen.forEach((l, n) -> {
				if (n >= 3 && n * 2 >= pages.size()) {
					result.put(l, n);
				}
			});
		}
		return result;
	}
}
