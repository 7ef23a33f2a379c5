package org.nianbao.importer.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Plain text as copied from web pages and Word: one cell per line, `|`-separated or `|`-terminated
 * cells, tab-indented or tab-separated cells with stray spaces, cells aligned by runs of spaces.
 * Every non-empty line is a unit (narrative keeps it whole); its cells are the tokens.
 */
public final class LegacyTextReader {
	private LegacyTextReader() {
	}

	/** `|`, a tab, or three or more spaces of any width between cells. */
	private static final Pattern CELL_SEPARATOR = Pattern.compile("\\||\\t|[ \\u00a0\\u3000\\u2002\\u2003]{3,}");

	public static List<Token> read(String content) {
		List<Token> tokens = new ArrayList<>();
		String[] lines = content.split("\r\n|\r|\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = Texts.strip(lines[i]);
			if (line.isEmpty()) {
				continue;
			}
			if (CELL_SEPARATOR.matcher(line).find()) {
				for (String part : CELL_SEPARATOR.split(line)) {
					String t = Texts.strip(part);
					if (!t.isEmpty()) {
						tokens.add(new Token(t, i + 1, -1, i, line));
					}
				}
			} else {
				tokens.add(new Token(line, i + 1, -1, i, line));
			}
		}
		return tokens;
	}
}
