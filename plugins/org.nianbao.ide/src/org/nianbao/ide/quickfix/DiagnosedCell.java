package org.nianbao.ide.quickfix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.arithmetic.Arithmetic;
import org.nianbao.arithmetic.CellKey;
import org.nianbao.arithmetic.TableResult;
import org.nianbao.arithmetic.Violation;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.BlankCell;
import org.nianbao.nianbao.Cell;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.NumberCell;
import org.nianbao.nianbao.Report;

import com.google.inject.Inject;

/**
 * Finds the cell a diagnostic is about, trusting what it names over where it points. The range a
 * client echoes back can be in other units than the server sent (Neovim 0.7 sends byte columns for
 * UTF-16 ones: after CJK text they point several cells to the right), so a range alone could name a
 * neighbour. The diagnostic's data name table, row and column and the value reported: the cell
 * found there must still hold that value. Only when the data name no cell does the range decide,
 * and then the cell there must hold the reported value and still break a relation.
 */
public class DiagnosedCell {

	/** What a cell diagnostic says: table, row and column names and the value reported ("" for a blank). */
	public record Claim(String table, String row, String column, String actual) {
		boolean namesACell() {
			return table != null && row != null && column != null;
		}
	}

	/** The cell found, and whether the diagnostic's data named it (else its range did). */
	public record Found(Cell cell, boolean named) {
	}

	@Inject
	private Arithmetic arithmetic;

	@Inject
	private CellFixes fixes;

	/** The cell, or null when no cell matches the claim (a stale diagnostic): then nothing may be edited. */
	public Found find(XtextResource resource, Claim claim, int offset) {
		if (claim.namesACell()) {
			List<Cell> named = named(resource, claim);
			if (!named.isEmpty()) {
				List<Cell> holding = named.stream().filter(c -> holds(c, claim.actual())).toList();
				// several reports in the file with that cell: the range picks among them
				Cell cell = holding.size() == 1 ? holding.get(0) : containing(holding, offset);
				return cell == null ? null : new Found(cell, true);
			}
		}
		Cell at = fixes.cellAt(resource, offset);
		return at != null && holds(at, claim.actual()) && breaksARelation(at) ? new Found(at, false) : null;
	}

	/** The written cells the claim's names denote, one per report of the file that has them. */
	private List<Cell> named(XtextResource resource, Claim claim) {
		List<Cell> cells = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof NianbaoFile file)) {
			return cells;
		}
		for (Report report : EcoreUtil2.typeSelect(file.getElements(), Report.class)) {
			if (Tables.template(report) == null) {
				continue;
			}
			TableResult table = arithmetic.evaluate(report).table(claim.table());
			CellKey key = table == null ? null : table.key(claim.row(), claim.column());
			Cell token = key == null ? null : table.token(key);
			if (token != null) {
				cells.add(token);
			}
		}
		return cells;
	}

	/** Whether the cell holds the value reported (null: nothing reported to compare). */
	static boolean holds(Cell cell, String actual) {
		if (actual == null) {
			return true;
		}
		if (actual.isBlank()) {
			return cell instanceof BlankCell;
		}
		if (!(cell instanceof NumberCell n) || n.getValue() == null) {
			return false;
		}
		try {
			return n.getValue().compareTo(new BigDecimal(actual.strip())) == 0;
		} catch (NumberFormatException e) {
			return false;
		}
	}

	private boolean breaksARelation(Cell cell) {
		Report report = EcoreUtil2.getContainerOfType(cell, Report.class);
		if (report == null || Tables.template(report) == null) {
			return false;
		}
		for (Violation v : arithmetic.evaluate(report).violations()) {
			if (v.token() == cell) {
				return true;
			}
		}
		return false;
	}

	private static Cell containing(List<Cell> cells, int offset) {
		for (Cell c : cells) {
			INode node = NodeModelUtils.getNode(c);
			if (node != null && node.getOffset() <= offset && offset <= node.getEndOffset()) {
				return c;
			}
		}
		return null;
	}
}
