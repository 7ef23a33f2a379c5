package org.nianbao.conversion;

import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.nodemodel.INode;

/**
 * Strings in ASCII quotes with escapes, as before, and `“…”` as an input method types them: the
 * text between the quotes as it is. A `“` closed by `"`, or not closed on its line, is one
 * located error (the grammar reads it as one string so that nothing after it is misread).
 */
public class ImeStringConverter extends STRINGValueConverter {

	@Override
	public String toValue(String string, INode node) {
		if (string == null || !string.startsWith("“")) {
			return super.toValue(string, node);
		}
		if (string.length() >= 2 && string.endsWith("”")) {
			return string.substring(1, string.length() - 1);
		}
		String datum = string.endsWith("\"") ? "@value.mixedQuotes" : "@value.openQuote";
		throw new NianbaoValueConverters.BadValue(datum, node, null);
	}
}
