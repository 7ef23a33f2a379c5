package org.nianbao.ui.editor;

import org.eclipse.jface.text.codemining.CodeMiningReconciler;

/** Refreshes the code minings ({@link NianbaoCodeMinings}) after each pause in typing. */
public class NianbaoCodeMiningReconciler extends CodeMiningReconciler {
}
