package org.nianbao.ide.hover;

import org.nianbao.ide.model.CellAt;

/**
 * Explains a derived cell (a total): its formula with the values filled in and the result. The
 * arithmetic itself belongs to the runtime's arithmetic service; this only renders it.
 */
public interface DerivedCellExplainer {
	/** One Markdown line, or null when the cell cannot be explained (e.g. unresolved references). */
	String explain(CellAt cell);
}
