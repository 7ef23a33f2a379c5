package org.nianbao.ui.editor;

import java.util.Map;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.nianbao.parser.antlr.internal.InternalNianbaoLexer;
import org.nianbao.ui.NianbaoUi;

/**
 * Colours a Nianbao document with the language's own lexer (the one the parser uses), so keywords,
 * numbers, strings, narrative text and comments are told apart exactly as the grammar does.
 */
public class NianbaoTokenScanner implements ITokenScanner {

	private final Map<Integer, String> tokenNames;
	private final IToken keyword, number, string, text, comment, other;

	private InternalNianbaoLexer lexer;
	private int rangeEnd;
	private CommonToken current;

	public NianbaoTokenScanner() {
		tokenNames = NianbaoUi.getDefault().getInjector().getInstance(ITokenDefProvider.class).getTokenDefMap();
		Display display = Display.getDefault();
		keyword = token(new Color(display, 127, 0, 85), SWT.BOLD);
		number = token(new Color(display, 0, 0, 192), SWT.NORMAL);
		string = token(new Color(display, 42, 0, 255), SWT.NORMAL);
		text = token(new Color(display, 60, 60, 60), SWT.NORMAL);
		comment = token(new Color(display, 63, 127, 95), SWT.ITALIC);
		other = new org.eclipse.jface.text.rules.Token(null);
	}

	private static IToken token(Color color, int style) {
		return new org.eclipse.jface.text.rules.Token(new TextAttribute(color, null, style));
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		// The damager always hands over the whole document: a `"""` block can span many lines.
		ANTLRStringStream stream = new ANTLRStringStream(document.get().substring(offset, offset + length));
		// the parser's lexer: a Chinese keyword is coloured as the keyword it stands for
		lexer = new org.nianbao.parser.AliasingLexer(stream);
		rangeEnd = length;
		base = offset;
		current = null;
	}

	private int base;

	@Override
	public IToken nextToken() {
		Token t = lexer.nextToken();
		if (t == null || t.getType() == Token.EOF) {
			current = null;
			return org.eclipse.jface.text.rules.Token.EOF;
		}
		current = (CommonToken) t;
		return classify(t.getType());
	}

	private IToken classify(int type) {
		String name = tokenNames.getOrDefault(type, "");
		if (name.startsWith("'")) {
			return Character.isLetter(name.charAt(1)) ? keyword : other;
		}
		return switch (name) {
		case "RULE_NUMBER", "RULE_NEGATIVE" -> number;
		case "RULE_STRING" -> string;
		case "RULE_TEXT" -> text;
		case "RULE_ML_COMMENT", "RULE_SL_COMMENT" -> comment;
		default -> other;
		};
	}

	@Override
	public int getTokenOffset() {
		return base + current.getStartIndex();
	}

	@Override
	public int getTokenLength() {
		return Math.min(current.getStopIndex() + 1, rangeEnd) - current.getStartIndex();
	}
}
