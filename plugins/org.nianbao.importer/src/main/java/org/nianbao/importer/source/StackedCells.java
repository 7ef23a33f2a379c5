package org.nianbao.importer.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table cell that a layout wrapped over three lines, as `pdftotext -layout` prints it: the number
 * alone on the line above its row (`4`), the remark on the row's line (`（1 个废止，3 个到期自动失`)
 * and its end on the line below (`效）`). A line holding one fragment, standing at the column of a
 * cell of the neighbouring row line, joins that cell when it completes it: a number before a
 * remark that opens on the row's line, a remark's end after one left open there. Nothing else
 * moves: the importer's reader decides what the cells are.
 */
final class StackedCells {
	private StackedCells() {
	}

	/** How far apart (in display columns) a fragment and its cell may start. */
	static final int ALIGN = 3;
	private static final Pattern NUMBER = Pattern.compile("^[\\d０-９]+(?:[.．][\\d０-９]+)?$");
	private static final Pattern OPENS_REMARK = Pattern.compile("^[（(][^）)]*$");

	static List<Token> join(List<Token> tokens) {
		List<List<Token>> lines = new ArrayList<>();
		for (Token t : tokens) {
			if (lines.isEmpty() || lines.get(lines.size() - 1).get(0).unit() != t.unit()) {
				lines.add(new ArrayList<>());
			}
			lines.get(lines.size() - 1).add(t);
		}
		for (int i = 0; i < lines.size(); i++) {
			List<Token> line = lines.get(i);
			if (line.size() != 1 || line.get(0).structured()) {
				continue;
			}
			Token f = line.get(0);
			if (NUMBER.matcher(f.text()).matches() && i + 1 < lines.size() && rowLine(lines.get(i + 1), f)) {
				int k = aligned(lines.get(i + 1), f);
				if (k >= 0 && OPENS_REMARK.matcher(lines.get(i + 1).get(k).text()).find()) {
					Token t = lines.get(i + 1).get(k);
					lines.get(i + 1).set(k, with(t, f.text() + t.text()));
					line.clear();
				}
			} else if (f.text().length() <= 12 && (f.text().endsWith("）") || f.text().endsWith(")")) && i > 0
					&& rowLine(lines.get(i - 1), f)) {
				int k = aligned(lines.get(i - 1), f);
				if (k >= 0 && open(lines.get(i - 1).get(k).text())) {
					Token t = lines.get(i - 1).get(k);
					lines.get(i - 1).set(k, with(t, t.text() + f.text()));
					line.clear();
				}
			}
		}
		List<Token> out = new ArrayList<>(tokens.size());
		lines.forEach(out::addAll);
		return out;
	}

	/** A row of a space-aligned table next to the fragment: several cells, on the adjacent line. */
	private static boolean rowLine(List<Token> line, Token f) {
		return line.size() >= 3 && !line.get(0).structured() && line.get(0).page() == f.page()
				&& Math.abs(line.get(0).line() - f.line()) <= 2;
	}

	/** The cell of a line that starts at the fragment's display column, or -1. */
	private static int aligned(List<Token> line, Token f) {
		int col = displayColumn(f, f.column() - 1);
		int indent = line.get(0).column() - 1; // the line's first cell starts its text
		for (int k = 0; k < line.size(); k++) {
			if (Math.abs(displayColumn(line.get(k), indent) - col) <= ALIGN) {
				return k;
			}
		}
		return -1;
	}

	/**
	 * Where a token starts as the layout aligned it: the line's indent, then the width of its text
	 * up to the token.
	 */
	static int displayColumn(Token t, int indent) {
		String text = t.unitText();
		int at = Math.max(0, Math.min(text.length(), t.column() - 1 - indent));
		// the formatter's measure of a monospaced line: East Asian wide characters two columns
		return indent + org.nianbao.formatting2.NianbaoFormatter.width(text.substring(0, at));
	}

	private static boolean open(String text) {
		int open = 0;
		for (char c : text.toCharArray()) {
			if (c == '（' || c == '(') {
				open++;
			} else if ((c == '）' || c == ')') && open > 0) {
				open--;
			}
		}
		return open > 0;
	}

	private static Token with(Token t, String text) {
		return new Token(text, t.page(), t.line(), t.column(), t.row(), t.unit(), t.unitText(), t.pageLine());
	}
}
