package org.nianbao.tests.architecture;

import java.util.ArrayList;
import java.util.List;

/** The string literals of a Java source (text blocks included), comments and char literals skipped. */
final class JavaLiterals {
	private JavaLiterals() {
	}

	static List<String> strings(String s) {
		List<String> literals = new ArrayList<>();
		int i = 0;
		while (i < s.length()) {
			if (s.startsWith("//", i)) {
				int j = s.indexOf('\n', i);
				i = j < 0 ? s.length() : j;
			} else if (s.startsWith("/*", i)) {
				int j = s.indexOf("*/", i + 2);
				i = j < 0 ? s.length() : j + 2;
			} else if (s.startsWith("\"\"\"", i)) {
				int j = s.indexOf("\"\"\"", i + 3);
				j = j < 0 ? s.length() : j;
				literals.add(s.substring(i + 3, j));
				i = Math.min(s.length(), j + 3);
			} else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
				char quote = s.charAt(i);
				int j = i + 1;
				while (j < s.length() && s.charAt(j) != quote && s.charAt(j) != '\n') {
					j += s.charAt(j) == '\\' ? 2 : 1;
				}
				if (quote == '"') {
					literals.add(s.substring(i + 1, Math.min(j, s.length())));
				}
				i = j + 1;
			} else {
				i++;
			}
		}
		return literals;
	}
}
