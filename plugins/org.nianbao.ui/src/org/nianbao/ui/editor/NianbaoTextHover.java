package org.nianbao.ui.editor;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.nianbao.ide.hover.CellHover;
import org.nianbao.ide.hover.NarrativeHover;
import org.nianbao.ui.NianbaoUi;

/** Hover from the ide module's {@link CellHover} (row/column labels, formulas with values) and {@link NarrativeHover} (a narrative expression's value). */
public class NianbaoTextHover implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		CellHover hover = NianbaoUi.getDefault().getInjector().getInstance(CellHover.class);
		NarrativeHover narrative = NianbaoUi.getDefault().getInjector().getInstance(NarrativeHover.class);
		CellHover.Result r = DocumentModels.read(viewer.getDocument(), parsed -> {
			CellHover.Result cell = hover.hover(parsed.resource(), region.getOffset());
			return cell != null ? cell : narrative.hover(parsed.resource(), region.getOffset());
		});
		// plain text: the Markdown emphasis and fences would show as characters
		return r == null ? null : r.markdown().replace("**", "").replace("```\n", "").replace("\n```", "").replace("`", "");
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
