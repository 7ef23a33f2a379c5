package org.nianbao.ui.editor;

import org.eclipse.jface.text.reconciler.MonoReconciler;

/** The Generic Editor's background reconciler for Nianbao files. */
public class NianbaoReconciler extends MonoReconciler {

	public NianbaoReconciler() {
		super(new NianbaoReconcilingStrategy(), false);
		setDelay(400);
	}
}
