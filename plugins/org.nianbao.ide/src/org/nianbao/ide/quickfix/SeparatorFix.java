package org.nianbao.ide.quickfix;

import java.util.Optional;

import org.nianbao.conversion.NianbaoValueConverters;

/**
 * The fix of a number written with group separators (NB003 with datum
 * {@code @value.separator:10,402}): the same digits without them. The number is taken from the
 * datum and looked for where the diagnostic starts, else once on that line (a client may echo
 * other column units); text that is not that number is never edited.
 */
final class SeparatorFix {

	private SeparatorFix() {
	}

	static Optional<CellFixes.Edit> of(String text, String datum, int offset) {
		if (datum == null || !datum.startsWith(NianbaoValueConverters.SEPARATOR) || offset < 0 || offset > text.length()) {
			return Optional.empty();
		}
		String written = datum.substring(NianbaoValueConverters.SEPARATOR.length());
		int at = text.startsWith(written, offset) ? offset : onceOnLine(text, written, offset);
		if (at < 0) {
			return Optional.empty();
		}
		return Optional.of(new CellFixes.Edit(at, written.length(), written.replace(",", "").replace("，", "")));
	}

	private static int onceOnLine(String text, String written, int offset) {
		int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
		int end = text.indexOf('\n', offset);
		String line = text.substring(start, end < 0 ? text.length() : end);
		int first = line.indexOf(written);
		return first >= 0 && line.indexOf(written, first + 1) < 0 ? start + first : -1;
	}
}
