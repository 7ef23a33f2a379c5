package org.nianbao.ide.semantictokens;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.AutoCell;
import org.nianbao.nianbao.BlankCell;
import org.nianbao.nianbao.Cell;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.NumberCell;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.TableData;

/**
 * The semantic tokens of a Nianbao file, in LSP's encoding: rows (the keys of a report's rows and
 * the row leaves of a template), columns (a template's column leaves) and cells, the cells marked
 * by kind — derived (in a total's row or column), blank ({@code -}), {@code auto}, with a note.
 * Positions are UTF-16 line and character, as LSP counts them.
 */
public final class CellTokens {
	private CellTokens() {
	}

	/** Token types, in legend order (standard LSP types, so that every theme colours them). */
	public static final List<String> TYPES = List.of("property", "enumMember", "number");
	public static final int ROW = 0, COLUMN = 1, CELL = 2;

	/** Token modifiers, in legend order; bit i of a token's modifiers is MODIFIERS.get(i). */
	public static final List<String> MODIFIERS = List.of("declaration", "derived", "blank", "auto", "noted");
	public static final int DECLARATION = 1, DERIVED = 1 << 1, BLANK = 1 << 2, AUTO = 1 << 3, NOTED = 1 << 4;

	private record Token(int offset, int length, int type, int modifiers) {
	}

	/** The tokens of the resource's text, five integers each (LSP's relative encoding). */
	public static List<Integer> encode(XtextResource resource, String text) {
		List<Token> tokens = new ArrayList<>();
		if (resource == null || resource.getParseResult() == null || resource.getContents().isEmpty()) {
			return List.of();
		}
		for (var it = resource.getAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Leaf leaf) {
				int kind = Tables.isColumn(leaf) ? COLUMN : ROW;
				add(tokens, node(leaf, NianbaoPackage.Literals.NODE__NAME), kind,
						DECLARATION | (Tables.isDerived(leaf) ? DERIVED : 0));
			} else if (o instanceof RowData row) {
				addRow(tokens, row);
				it.prune();
			}
		}
		tokens.sort(Comparator.comparingInt(Token::offset));
		return relative(tokens, text);
	}

	private static void addRow(List<Token> tokens, RowData row) {
		Leaf leaf = row.getRow() == null || row.getRow().eIsProxy() ? null : row.getRow();
		add(tokens, node(row, NianbaoPackage.Literals.ROW_DATA__ROW), ROW, leaf != null && Tables.isDerived(leaf) ? DERIVED : 0);
		TableData data = (TableData) row.eContainer();
		List<Leaf> columns = data.getTable() == null || data.getTable().eIsProxy() ? List.of()
				: Tables.columnLeaves(data.getTable());
		for (int i = 0; i < row.getCells().size(); i++) {
			Cell cell = row.getCells().get(i);
			Leaf column = i < columns.size() ? columns.get(i) : null;
			boolean derived = leaf != null && Tables.isDerived(leaf) || column != null && Tables.isDerived(column);
			int modifiers = derived ? DERIVED : 0;
			if (cell instanceof NumberCell n) {
				add(tokens, node(cell, NianbaoPackage.Literals.NUMBER_CELL__VALUE), CELL, modifiers | (n.getNote() != null ? NOTED : 0));
			} else if (cell instanceof BlankCell b) {
				add(tokens, keyword(cell, "-"), CELL, modifiers | BLANK | (b.getNote() != null ? NOTED : 0));
			} else if (cell instanceof AutoCell) {
				add(tokens, keyword(cell, "auto"), CELL, modifiers | AUTO);
			}
		}
	}

	private static INode node(EObject o, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(o, feature);
		return nodes.isEmpty() ? null : nodes.get(0);
	}

	private static INode keyword(EObject o, String keyword) {
		INode node = NodeModelUtils.findActualNodeFor(o);
		if (node != null) {
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (!leaf.isHidden() && leaf.getText().equals(keyword)) {
					return leaf;
				}
			}
		}
		return null;
	}

	private static void add(List<Token> tokens, INode node, int type, int modifiers) {
		if (node != null && node.getLength() > 0) {
			tokens.add(new Token(node.getOffset(), node.getLength(), type, modifiers));
		}
	}

	/** LSP's encoding: line and start relative to the previous token; one pass over the text. */
	private static List<Integer> relative(List<Token> tokens, String text) {
		List<Integer> data = new ArrayList<>(tokens.size() * 5);
		int line = 0, lineStart = 0, scanned = 0, lastLine = 0, lastChar = 0;
		for (Token t : tokens) {
			for (; scanned < t.offset() && scanned < text.length(); scanned++) {
				if (text.charAt(scanned) == '\n') {
					line++;
					lineStart = scanned + 1;
				}
			}
			int character = t.offset() - lineStart;
			data.add(line - lastLine);
			data.add(line == lastLine ? character - lastChar : character);
			data.add(t.length());
			data.add(t.type());
			data.add(t.modifiers());
			lastLine = line;
			lastChar = character;
		}
		return data;
	}
}
