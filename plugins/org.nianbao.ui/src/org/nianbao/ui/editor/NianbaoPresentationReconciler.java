package org.nianbao.ui.editor;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;

/** Syntax colouring for the Generic Editor; every change recolours the (small) whole document. */
public class NianbaoPresentationReconciler extends PresentationReconciler {

	public NianbaoPresentationReconciler() {
		DefaultDamagerRepairer dr = new DefaultDamagerRepairer(new NianbaoTokenScanner()) {
			@Override
			public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent e, boolean documentPartitioningChanged) {
				IDocument d = e.getDocument();
				return new Region(0, d.getLength());
			}
		};
		setDamager(dr, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(dr, IDocument.DEFAULT_CONTENT_TYPE);
	}
}
