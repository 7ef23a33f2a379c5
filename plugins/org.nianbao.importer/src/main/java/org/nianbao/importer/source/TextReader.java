package org.nianbao.importer.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text as copied from web pages: one cell per line, `|`-separated or `|`-terminated cells,
 * tab-indented cells with stray spaces. Every non-empty line is a unit; a line with `|` yields one
 * token per non-empty cell.
 */
public final class TextReader {
	private TextReader() {
	}

	public static List<Token> read(String content) {
		List<Token> tokens = new ArrayList<>();
		String[] lines = content.split("\r\n|\r|\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = Texts.strip(lines[i]);
			if (line.isEmpty()) {
				continue;
			}
			if (line.indexOf('|') >= 0) {
				for (String part : line.split("\\|")) {
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
