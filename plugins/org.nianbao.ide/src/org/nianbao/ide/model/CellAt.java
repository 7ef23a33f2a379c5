package org.nianbao.ide.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Cell;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.TableData;
import org.nianbao.nianbao.TableDef;

/**
 * What sits under an offset of a report: a cell (with its row and column leaves in the template)
 * or the key of a row. Shared by the language server's hover and the Eclipse editor's.
 *
 * @param cell   null when the offset is on the row key
 * @param column null when the cell has no column in the template (too many cells)
 * @param offset start of the hovered text region, length its length
 */
public record CellAt(TableDef table, RowData rowData, Leaf row, Cell cell, int index, Leaf column, int offset,
		int length) {

	public boolean isRowKey() {
		return cell == null;
	}

	/** The cell or row key at an offset, or null when the offset is elsewhere. */
	public static CellAt find(XtextResource resource, int offset) {
		if (resource == null || resource.getParseResult() == null) {
			return null;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
		if (leaf != null && leaf.isHidden() && offset > 0) {
			// The cursor right after a token (e.g. `26|`) means that token.
			ILeafNode before = NodeModelUtils.findLeafNodeAtOffset(root, offset - 1);
			if (before != null && !before.isHidden()) {
				leaf = before;
			}
		}
		if (leaf == null || leaf.isHidden()) {
			return null;
		}
		EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
		RowData rowData = EcoreUtil2.getContainerOfType(element, RowData.class);
		if (rowData == null) {
			return null;
		}
		TableData data = (TableData) rowData.eContainer();
		TableDef table = data.getTable() == null || data.getTable().eIsProxy() ? null : data.getTable();
		Leaf row = rowData.getRow() == null || rowData.getRow().eIsProxy() ? null : rowData.getRow();
		if (element instanceof Cell cell) {
			INode cellNode = NodeModelUtils.getNode(cell);
			int index = rowData.getCells().indexOf(cell);
			List<Leaf> columns = Tables.columnLeaves(table);
			Leaf column = index < columns.size() ? columns.get(index) : null;
			return new CellAt(table, rowData, row, cell, index, column, cellNode.getOffset(), cellNode.getLength());
		}
		for (INode keyNode : NodeModelUtils.findNodesForFeature(rowData, NianbaoPackage.Literals.ROW_DATA__ROW)) {
			if (leaf.getOffset() >= keyNode.getOffset() && leaf.getEndOffset() <= keyNode.getEndOffset()) {
				return new CellAt(table, rowData, row, null, -1, null, keyNode.getOffset(), keyNode.getLength());
			}
		}
		return null;
	}
}
