package org.nianbao.parser;

import java.util.Map;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.Token;
import org.nianbao.parser.antlr.internal.InternalNianbaoLexer;
import org.nianbao.parser.antlr.internal.InternalNianbaoParser;

/** The parser's lexer, which hands a Chinese keyword or full-width sign on as its twin: see {@link Aliases}. */
public class AliasingLexer extends InternalNianbaoLexer {

	private static final Map<String, Integer> TYPES = Aliases.tokenTypes(InternalNianbaoParser.tokenNames);

	public AliasingLexer() {
	}

	public AliasingLexer(CharStream input) {
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
