package org.nianbao.parser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.nianbao.conversion.NianbaoValueConverters;
import org.nianbao.diagnostics.IssueCodes;
import org.nianbao.diagnostics.Messages;

/**
 * Syntax errors (NB001) and refused values (NB003) with issue data, so that {@link Messages}
 * renders them, in Chinese by default and in English on request. ANTLR's English message is only
 * taken apart here: its shape and the raw token texts become the data.
 */
public class NianbaoSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final Pattern MISMATCHED_INPUT = Pattern.compile("mismatched input '(.*)' expecting (.*)");
	private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'");
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)");
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at (?:input|character) '(.*)'");
	private static final Pattern MISMATCHED_CHAR = Pattern.compile("mismatched character '(.*)' expecting (.*)");
	private static final Pattern LOOP = Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at (?:input|character) '(.*)'");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		String[] data = data(super.getSyntaxErrorMessage(context).getMessage());
		return new SyntaxErrorMessage(Messages.render(IssueCodes.SYNTAX, data), IssueCodes.SYNTAX, data);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		if (context.getValueConverterException() instanceof NianbaoValueConverters.BadValue bad) {
			String[] data = { bad.datum() };
			return new SyntaxErrorMessage(Messages.render(IssueCodes.BAD_VALUE, data), IssueCodes.BAD_VALUE, data);
		}
		// Xtext's own converters (strings, names) have no data: their message stays as it is
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		return new SyntaxErrorMessage(original.getMessage(), IssueCodes.BAD_VALUE);
	}

	/**
	 * NB001's data for ANTLR's message: the kind of error, then the token found and what was
	 * expected, as ANTLR wrote them; a message of no known shape is kept whole ({@code other}).
	 */
	public static String[] data(String message) {
		if (message == null) {
			return new String[] { "none" };
		}
		Matcher m;
		if ((m = MISMATCHED_INPUT.matcher(message)).matches()) {
			return new String[] { "mismatched", m.group(1), m.group(2) };
		}
		if ((m = MISSING.matcher(message)).matches()) {
			return new String[] { "missing", m.group(2), m.group(1) };
		}
		if ((m = EXTRANEOUS.matcher(message)).matches()) {
			return new String[] { "extraneous", m.group(1), m.group(2) };
		}
		if ((m = NO_VIABLE.matcher(message)).matches()) {
			return new String[] { "noViable", m.group(1) };
		}
		if ((m = MISMATCHED_CHAR.matcher(message)).matches()) {
			return new String[] { "mismatchedChar", m.group(1), m.group(2) };
		}
		if ((m = LOOP.matcher(message)).matches()) {
			return new String[] { "loop", m.group(1) };
		}
		return new String[] { "other", message };
	}
}
