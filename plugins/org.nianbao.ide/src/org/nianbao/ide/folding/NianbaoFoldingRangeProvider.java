package org.nianbao.ide.folding;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.editor.folding.DefaultFoldingRangeProvider;
import org.nianbao.nianbao.Group;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.SectionData;
import org.nianbao.nianbao.SectionDef;
import org.nianbao.nianbao.TableData;
import org.nianbao.nianbao.TableDef;

/**
 * Folds what a reader wants to collapse: sections, tables, row/column groups and long narrative
 * paragraphs (plus comments, as by default) — not every multi-line element.
 */
public class NianbaoFoldingRangeProvider extends DefaultFoldingRangeProvider {

	@Override
	protected boolean isHandled(EObject element) {
		return element instanceof SectionData || element instanceof TableData || element instanceof Paragraph
				|| element instanceof SectionDef || element instanceof TableDef || element instanceof Group;
	}
}
