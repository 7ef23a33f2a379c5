package org.nianbao.generator;

/** Text made safe for the XML parts of DOCX and XLSX files. */
public final class XmlText {
	private XmlText() {
	}

	/** XML 1.0 forbids most control characters; a report's text should not carry them anyway. */
	public static String clean(String s) {
		if (s == null) {
			return "";
		}
		StringBuilder sb = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			sb.append(safe(s.charAt(i)));
		}
		return sb.toString();
	}

	/** Appends text {@linkplain #clean cleaned} and escaped for element content and double-quoted attributes. */
	public static void escape(StringBuilder out, String s) {
		if (s == null) {
			return;
		}
		for (int i = 0; i < s.length(); i++) {
			char c = safe(s.charAt(i));
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			default -> out.append(c);
			}
		}
	}

	private static char safe(char c) {
		return c < 0x20 && c != '\t' && c != '\n' ? ' ' : c == '\uFFFE' || c == '\uFFFF' ? '\uFFFD' : c;
	}
}
