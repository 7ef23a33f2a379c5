package org.nianbao.ide.hover;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/** LSP adapter: cell and row-key hovers from {@link CellHover}, narrative expressions' from {@link NarrativeHover}, Xtext's default elsewhere. */
public class NianbaoHoverService extends HoverService {

	@Inject
	private CellHover cellHover;

	@Inject
	private NarrativeHover narrativeHover;

	@Override
	public Hover hover(Document document, XtextResource resource, HoverParams params, CancelIndicator cancelIndicator) {
		int offset = document.getOffSet(params.getPosition());
		CellHover.Result result = cellHover.hover(resource, offset);
		if (result == null) {
			result = narrativeHover.hover(resource, offset);
		}
		if (result == null) {
			return super.hover(document, resource, params, cancelIndicator);
		}
		Range range = new Range(document.getPosition(result.offset()),
				document.getPosition(result.offset() + result.length()));
		return new Hover(new MarkupContent(MarkupKind.MARKDOWN, result.markdown()), range);
	}
}
