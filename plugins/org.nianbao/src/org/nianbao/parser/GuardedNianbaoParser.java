package org.nianbao.parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.util.ReplaceRegion;
import org.nianbao.nianbao.NianbaoFactory;
import org.nianbao.parser.antlr.NianbaoParser;
import org.nianbao.diagnostics.IssueCodes;
import org.nianbao.validation.Limits;
import org.nianbao.diagnostics.Messages;

/**
 * The generated parser behind two guards, so that no input exhausts the stack or the heap:
 * <ul>
 * <li>a text longer than {@link Limits#MAX_FILE_CHARS} is not parsed ({@link IssueCodes#FILE_TOO_LARGE});</li>
 * <li>the tokens are read once, before parsing, counting the nesting of {@code { }} and {@code ( )};
 * deeper than {@link Limits#MAX_NESTING_DEPTH} the text is not parsed and the diagnostic sits on the
 * first bracket too deep ({@link IssueCodes#NESTING_TOO_DEEP}). ANTLR's parser is recursive
 * descent: 10,000 {@code (} would otherwise end in a StackOverflowError.</li>
 * </ul>
 * The tokens read for the count are the ones the parser then consumes: nothing is lexed twice.
 * A {@link StackOverflowError} that still happens (a thread with a tiny stack) becomes the same
 * diagnostic. A refused text keeps its whole content in one node model, with an empty
 * {@code NianbaoFile} as root, so editors, formatters and validators see one located error and
 * no half-parsed model.
 */
@com.google.inject.Singleton // stateless but for the per-thread token buffer: no need for one per resource
public class GuardedNianbaoParser extends NianbaoParser {

	/** Thrown when a partial reparse meets the limit: the whole document is parsed again instead. */
	private static final class TooDeep extends RuntimeException {
		private static final long serialVersionUID = 1L;

		TooDeep() {
			super(null, null, false, false);
		}
	}

	/** The tokens read ahead by {@link #doParse(String, CharStream, NodeModelBuilder, int)}, per thread. */
	private final ThreadLocal<TokenSource> pending = new ThreadLocal<>();

	private volatile int[] bracketTypes;

	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder builder, int initialLookAhead) {
		boolean whole = getDefaultRuleName().equals(ruleName);
		String text = in.substring(0, in.size() - 1);
		if (text.length() > Limits.MAX_FILE_CHARS) {
			return refused(text, builder, whole, 0, 0, IssueCodes.FILE_TOO_LARGE, String.valueOf(text.length()),
					String.valueOf(Limits.MAX_FILE_CHARS));
		}
		Lexer lexer = (Lexer) super.createLexer(in);
		BufferedTokens tokens = new BufferedTokens(lexer);
		Token tooDeep = tokens.fill(brackets());
		if (tooDeep != null) {
			if (!whole && isPartial(ruleName)) {
				throw new TooDeep();
			}
			return refused(text, builder, whole, ((org.antlr.runtime.CommonToken) tooDeep).getStartIndex(), 1,
					IssueCodes.NESTING_TOO_DEEP, String.valueOf(Limits.MAX_NESTING_DEPTH + 1),
					String.valueOf(Limits.MAX_NESTING_DEPTH));
		}
		pending.set(tokens);
		try {
			IParseResult result = super.doParse(ruleName, in, builder, initialLookAhead);
			return whole ? UnparsedLines.mark(result, builder) : result;
		} catch (StackOverflowError e) {
			return refused(text, builder, whole, 0, 0, IssueCodes.NESTING_TOO_DEEP, "",
					String.valueOf(Limits.MAX_NESTING_DEPTH));
		} finally {
			pending.remove();
		}
	}

	/** Rules other than the file's and the narrative expression's are only parsed by the partial reparser. */
	private boolean isPartial(String ruleName) {
		return !"TextExpression".equals(ruleName);
	}

	@Override
	protected TokenSource createLexer(CharStream stream) {
		TokenSource read = pending.get();
		return read != null ? read : super.createLexer(stream);
	}

	@Override
	protected IParseResult doReparse(IParseResult previous, ReplaceRegion region) {
		try {
			IParseResult result = super.doReparse(previous, region);
			// The region alone may be shallow while the document is not: count the whole text again.
			String text = result.getRootNode().getText();
			if (depthExceeded(text)) {
				return doParse(text);
			}
			return result;
		} catch (TooDeep | StackOverflowError e) {
			StringBuilder text = new StringBuilder(previous.getRootNode().getText());
			region.applyTo(text);
			return doParse(text);
		}
	}

	private boolean depthExceeded(String text) {
		if (text.length() > Limits.MAX_FILE_CHARS) {
			return true;
		}
		Lexer lexer = (Lexer) super.createLexer(new org.antlr.runtime.ANTLRStringStream(text));
		return new BufferedTokens(lexer).fill(brackets()) != null;
	}

	/** A node model holding the whole text and one error, and no parsed content. */
	private IParseResult refused(String text, NodeModelBuilder builder, boolean whole, int offset, int length,
			String code, String... data) {
		String message = Messages.render(code, data);
		ICompositeNode root = builder.newRootNode(text);
		EObject any = getGrammarAccess().getANY_OTHERRule();
		int errorOffset = Math.min(offset, text.length());
		if (errorOffset > 0) {
			builder.newLeafNode(0, errorOffset, any, true, null, root);
		}
		int errorLength = Math.min(Math.max(length, text.isEmpty() ? 0 : 1), text.length() - errorOffset);
		builder.newLeafNode(errorOffset, errorLength, any, false, new SyntaxErrorMessage(message, code, data), root);
		if (errorOffset + errorLength < text.length()) {
			builder.newLeafNode(errorOffset + errorLength, text.length() - errorOffset - errorLength, any, true, null,
					root);
		}
		EObject file = null;
		if (whole) {
			file = NianbaoFactory.eINSTANCE.createNianbaoFile();
			builder.associateWithSemanticElement(root, file);
		}
		return builder.createParseResult(file, root, true);
	}

	/** Token types of {@code { ( } )}, from the token definitions. */
	private int[] brackets() {
		int[] b = bracketTypes;
		if (b == null) {
			b = new int[] { -1, -1, -1, -1 };
			for (Map.Entry<Integer, String> e : getTokenDefProvider().getTokenDefMap().entrySet()) {
				switch (e.getValue()) {
				case "'{'" -> b[0] = e.getKey();
				case "'('" -> b[1] = e.getKey();
				case "'}'" -> b[2] = e.getKey();
				case "')'" -> b[3] = e.getKey();
				default -> {
				}
				}
			}
			bracketTypes = b;
		}
		return b;
	}

	/**
	 * Every token of the lexer, read at once; the parser then reads them from here. Lexer errors
	 * are still answered by the lexer that found them.
	 */
	private static final class BufferedTokens extends Lexer {
		private final Lexer lexer;
		private final List<Token> tokens = new ArrayList<>();
		private int next;

		BufferedTokens(Lexer lexer) {
			this.lexer = lexer;
		}

		/** Reads all tokens; returns the first opening bracket beyond the depth limit, or null. */
		Token fill(int[] brackets) {
			int depth = 0;
			while (true) {
				Token t = lexer.nextToken();
				tokens.add(t);
				if (t.getType() == Token.EOF) {
					return null;
				}
				int type = t.getType();
				if (type == brackets[0] || type == brackets[1]) {
					if (++depth > Limits.MAX_NESTING_DEPTH) {
						return t;
					}
				} else if ((type == brackets[2] || type == brackets[3]) && depth > 0) {
					depth--;
				}
			}
		}

		@Override
		public Token nextToken() {
			Token t = tokens.get(Math.min(next, tokens.size() - 1));
			next++;
			return t;
		}

		@Override
		public String getErrorMessage(Token t) {
			return lexer.getErrorMessage(t);
		}

		@Override
		public void mTokens() throws RecognitionException {
			throw new UnsupportedOperationException();
		}

		@Override
		public org.antlr.runtime.CharStream getCharStream() {
			return lexer.getCharStream();
		}

		@Override
		public String getSourceName() {
			return lexer.getSourceName();
		}
	}
}
