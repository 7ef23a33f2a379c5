package org.nianbao.ui.references;

import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;

/** The ide module's answers (LSP ranges) as the offsets of an Eclipse document. */
final class Ranges {
	private Ranges() {
	}

	/** The range of the text the document was made of, as an offset and a length. */
	static Region region(Document lines, Range range) {
		int start = lines.getOffSet(range.getStart());
		return new Region(start, lines.getOffSet(range.getEnd()) - start);
	}
}
