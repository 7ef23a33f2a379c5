package org.nianbao.generator.html;

/** Escaping for text and attribute values: the only way text reaches the page. */
public final class Html {
	private Html() {
	}

	/** Escapes the five characters that matter in both text and quoted attributes, and drops controls. */
	public static String escape(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(s.length() + 16);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '&' -> sb.append("&amp;");
			case '<' -> sb.append("&lt;");
			case '>' -> sb.append("&gt;");
			case '"' -> sb.append("&quot;");
			case '\'' -> sb.append("&#39;");
			default -> {
				// C0 controls other than tab/newline are not allowed in HTML text
				if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
					sb.append('\uFFFD');
				} else {
					sb.append(c);
				}
			}
			}
		}
		return sb.toString();
	}
}
