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
			char c = s.charAt(i);
			sb.append(c < 0x20 && c != '\t' && c != '\n' ? ' ' : c == '\uFFFE' || c == '\uFFFF' ? '\uFFFD' : c);
		}
		return sb.toString();
	}
}
