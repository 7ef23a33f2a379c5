package org.nianbao.tests.language;

import java.util.HashMap;
import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.nianbao.parser.Aliases;
import org.nianbao.parser.antlr.internal.InternalNianbaoLexer;
import org.nianbao.parser.antlr.internal.InternalNianbaoParser;

/**
 * A text rewritten as a clerk with a Chinese input method would type it: every keyword in Chinese,
 * punctuation, digits and simple strings in full width. Comments and text blocks stay as they
 * are. {@link #at(int)} maps an offset of the original to the same place in the twin.
 */
final class ImeTwin {

	private static final Map<String, String> FULL_WIDTH = new HashMap<>();

	static {
		Aliases.PUNCTUATION.forEach((full, ascii) -> FULL_WIDTH.put(ascii, full));
	}

	final String text;
	private final int[] offsets;

	private ImeTwin(String text, int[] offsets) {
		this.text = text;
		this.offsets = offsets;
	}

	int at(int original) {
		return offsets[original];
	}

	static ImeTwin of(String original) {
		InternalNianbaoLexer lexer = new InternalNianbaoLexer(new ANTLRStringStream(original));
		StringBuilder twin = new StringBuilder();
		int[] offsets = new int[original.length() + 1];
		for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
			CommonToken c = (CommonToken) t;
			String written = original.substring(c.getStartIndex(), c.getStopIndex() + 1);
			String rewritten = rewrite(InternalNianbaoParser.tokenNames[t.getType()], written);
			for (int i = 0; i < written.length(); i++) {
				// inside a rewritten token, keep the offset proportional to the start (a token is one location)
				offsets[c.getStartIndex() + i] = twin.length() + (rewritten.equals(written) ? i : 0);
			}
			twin.append(rewritten);
		}
		offsets[original.length()] = twin.length();
		return new ImeTwin(twin.toString(), offsets);
	}

	private static String rewrite(String tokenName, String written) {
		switch (tokenName) {
		case "RULE_NUMBER", "RULE_NEGATIVE":
			StringBuilder sb = new StringBuilder();
			for (char ch : written.toCharArray()) {
				sb.append(ch >= '0' && ch <= '9' ? (char) ('０' + (ch - '0')) : FULL_WIDTH.getOrDefault("" + ch, "" + ch).charAt(0));
			}
			return sb.toString();
		case "RULE_STRING":
			String inner = written.substring(1, written.length() - 1);
			boolean plain = written.startsWith("\"") && inner.indexOf('\\') < 0 && inner.indexOf('”') < 0
					&& inner.indexOf('\n') < 0;
			return plain ? "“" + inner + "”" : written;
		default:
			if (tokenName.startsWith("'")) {
				String keyword = written;
				String zh = Aliases.chinese(keyword);
				return zh != null ? zh : FULL_WIDTH.getOrDefault(keyword, keyword);
			}
			return written;
		}
	}
}
