package org.nianbao.ui.references;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.xtext.ide.server.Document;
import org.nianbao.ide.references.NameOccurrences;
import org.nianbao.ide.server.PreviousReportLinks;
import org.nianbao.ui.NianbaoUi;
import org.nianbao.ui.editor.DocumentModels;
import org.nianbao.ui.editor.ParsedDocument;

/**
 * Ctrl+click and F3 (Open Hyperlink) on a table, row or column name — in a narrative path
 * {@code {表.行.列}}, a report's row key, a template's formula or rule — go to its declaration; on a
 * report's {@code 上年} to last year's report. What stands where is the ide module's:
 * {@link NameOccurrences} (through {@code NarrativeSpans} for the paths) and
 * {@link PreviousReportLinks}, the same as the language server's definition and document links.
 */
public class NianbaoHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		IDocument document = viewer == null ? null : viewer.getDocument();
		IFile file = document == null ? null : ParsedDocument.fileOf(document);
		if (file == null || !"nianbao".equals(file.getFileExtension())) {
			return null;
		}
		int offset = region.getOffset();
		NameOccurrences occurrences = NianbaoUi.getDefault().getInjector().getInstance(NameOccurrences.class);
		List<IHyperlink> links = DocumentModels.read(document, parsed -> {
			List<IHyperlink> found = new ArrayList<>();
			NameOccurrences.Occurrence o = occurrences.at(parsed.resource(), offset);
			if (o != null) {
				found.add(Link.toDefinition(new Region(o.offset(), o.length()), file, offset));
				return found;
			}
			Document lines = new Document(1, parsed.text());
			for (DocumentLink link : new PreviousReportLinks().links(parsed.resource(), lines)) {
				Region at = Ranges.region(lines, link.getRange());
				if (at.getOffset() <= offset && offset <= at.getOffset() + at.getLength()) {
					found.add(Link.toLastYearsReport(at, link.getTarget()));
				}
			}
			return found;
		});
		return links.isEmpty() ? null : links.toArray(IHyperlink[]::new);
	}
}
