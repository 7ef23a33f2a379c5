package org.nianbao.ide.quickfix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.arithmetic.Arithmetic;
import org.nianbao.arithmetic.CellKey;
import org.nianbao.arithmetic.Numbers;
import org.nianbao.arithmetic.ReportResult;
import org.nianbao.arithmetic.TableResult;
import org.nianbao.arithmetic.Violation;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.AutoCell;
import org.nianbao.nianbao.BlankCell;
import org.nianbao.nianbao.Cell;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.NumberCell;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.TableData;

import com.google.inject.Inject;

/**
 * The edits behind Nianbao's quick fixes, as plain offsets into the document, computed from the
 * parsed resource and the {@link Arithmetic} service: set a cell to its expected value, fill every
 * {@code auto} cell with its computed value, put the template's label on a row.
 */
public class CellFixes {

	/** Replace {@code length} characters at {@code offset} with {@code text}. */
	public record Edit(int offset, int length, String text) {
	}

	@Inject
	private Arithmetic arithmetic;

	/** The cell token at an offset (the number, the `-` or `auto`), or null. */
	public Cell cellAt(XtextResource resource, int offset) {
		EObject o = elementAt(resource, offset);
		return o == null ? null : o instanceof Cell c ? c : EcoreUtil2.getContainerOfType(o, Cell.class);
	}

	private static EObject elementAt(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		return leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
	}

	/**
	 * Sets the cell at the offset to {@code expected} (as written in the diagnostic's data), or,
	 * when that is absent, to the value the arithmetic findings give for the cell.
	 */
	public Optional<Edit> setCell(XtextResource resource, int offset, String expected) {
		Cell cell = cellAt(resource, offset);
		return cell == null ? Optional.empty() : setCell(cell, expected);
	}

	/** Sets the cell to {@code expected}, or, when that is absent, to the value the arithmetic gives it. */
	public Optional<Edit> setCell(Cell cell, String expected) {
		String value = expected == null || expected.isBlank() ? null : expected.strip();
		if (value != null) {
			try {
				value = Numbers.format(new BigDecimal(value));
			} catch (NumberFormatException e) {
				value = null;
			}
		}
		if (value == null) {
			value = expectedFromArithmetic(cell);
		}
		INode node = valueNode(cell);
		if (value == null || node == null) {
			return Optional.empty();
		}
		return Optional.of(new Edit(node.getOffset(), node.getLength(), value));
	}

	private String expectedFromArithmetic(Cell cell) {
		Report report = EcoreUtil2.getContainerOfType(cell, Report.class);
		if (report == null) {
			return null;
		}
		for (Violation v : arithmetic.evaluate(report).violations()) {
			if (v.token() == cell && v.expected() != null) {
				return Numbers.format(v.expected());
			}
		}
		return null;
	}

	/** The token that holds the cell's value: the number, `-` or `auto` (a note after it stays). */
	static INode valueNode(Cell cell) {
		if (cell instanceof NumberCell) {
			List<INode> nodes = NodeModelUtils.findNodesForFeature(cell, NianbaoPackage.Literals.NUMBER_CELL__VALUE);
			return nodes.isEmpty() ? null : nodes.get(0);
		}
		INode node = NodeModelUtils.findActualNodeFor(cell);
		if (node == null) {
			return null;
		}
		String keyword = cell instanceof BlankCell ? "-" : cell instanceof AutoCell ? "auto" : null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getText().equals(keyword)) {
				return leaf;
			}
		}
		return null;
	}

	/** Every `auto` cell of every report in the resource, replaced by its computed value (when determined). */
	public List<Edit> fillAutos(XtextResource resource) {
		List<Edit> edits = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof NianbaoFile file)) {
			return edits;
		}
		for (Report report : EcoreUtil2.typeSelect(file.getElements(), Report.class)) {
			if (Tables.template(report) == null) {
				continue;
			}
			ReportResult results = arithmetic.evaluate(report);
			for (TableData data : EcoreUtil2.getAllContentsOfType(report, TableData.class)) {
				TableResult table = results.table(data.getTable());
				if (table == null) {
					continue;
				}
				for (AutoCell auto : EcoreUtil2.getAllContentsOfType(data, AutoCell.class)) {
					CellKey key = table.cellOf(auto);
					BigDecimal value = key == null ? null : table.value(key);
					INode node = valueNode(auto);
					if (value != null && node != null) {
						edits.add(new Edit(node.getOffset(), node.getLength(), Numbers.format(value)));
					}
				}
			}
		}
		return edits;
	}

	/** Puts the template's label on the row at the offset, replacing the one written. */
	public Optional<Edit> replaceLabel(XtextResource resource, int offset) {
		EObject o = elementAt(resource, offset);
		RowData row = o instanceof RowData r ? r : EcoreUtil2.getContainerOfType(o, RowData.class);
		if (row == null || row.getRow() == null || row.getRow().eIsProxy() || row.getLabel() == null) {
			return Optional.empty();
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(row, NianbaoPackage.Literals.ROW_DATA__LABEL);
		if (nodes.isEmpty()) {
			return Optional.empty();
		}
		String label = row.getRow().getLabel().replace("\\", "\\\\").replace("\"", "\\\"");
		return Optional.of(new Edit(nodes.get(0).getOffset(), nodes.get(0).getLength(), "\"" + label + "\""));
	}

	/** Applies edits to a text (for tests and tools without a document). */
	public static String apply(String text, List<Edit> edits) {
		List<Edit> sorted = new ArrayList<>(edits);
		sorted.sort(Comparator.comparingInt(Edit::offset).reversed());
		StringBuilder sb = new StringBuilder(text);
		for (Edit e : sorted) {
			sb.replace(e.offset(), e.offset() + e.length(), e.text());
		}
		return sb.toString();
	}
}
