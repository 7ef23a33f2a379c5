package org.nianbao.ide.contentassist;

import java.util.Map;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.Token;
import org.nianbao.ide.contentassist.antlr.internal.InternalNianbaoLexer;
import org.nianbao.ide.contentassist.antlr.internal.InternalNianbaoParser;
import org.nianbao.parser.Aliases;

/** Content assist's lexer, which like the parser's hands a Chinese keyword on as its English twin. */
public class AliasingContentAssistLexer extends InternalNianbaoLexer {

	private static final Map<String, Integer> TYPES = Aliases.tokenTypes(InternalNianbaoParser.tokenNames);

	public AliasingContentAssistLexer() {
	}

	public AliasingContentAssistLexer(CharStream input) {
		super(input);
	}

	@Override
	public Token nextToken() {
		Token t = super.nextToken();
		if (t.getType() == RULE_ALIAS) {
			t.setType(Aliases.retype(TYPES, t.getText(), RULE_ALIAS));
		}
		return t;
	}
}
