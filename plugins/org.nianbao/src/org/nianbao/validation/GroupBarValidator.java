package org.nianbao.validation;

import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Cell;
import org.nianbao.nianbao.ColumnTree;
import org.nianbao.nianbao.GroupBar;
import org.nianbao.nianbao.Group;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Node;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.TableData;
import org.nianbao.nianbao.TableDef;

/**
 * The optional `|` of a row ({@code 件数 2 0 0 0 2 | 0 0 0 0 0}) must stand between two column groups
 * of the template: one that falls inside a group is a warning (NB212) on the bar, as the cells
 * around it are then probably shifted. Registered beside {@link NianbaoValidator}.
 */
public class GroupBarValidator extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(NianbaoPackage.eINSTANCE);
	}

	@Check(CheckType.FAST)
	public void checkGroupBars(RowData row) {
		if (row.getBars().isEmpty() || !(row.eContainer() instanceof TableData data) || data.getTable() == null
				|| data.getTable().eIsProxy()) {
			return;
		}
		TableDef table = data.getTable();
		for (GroupBar bar : row.getBars()) {
			int before = cellsBefore(row, bar);
			Group inside = groupAround(((ColumnTree) table.getColumns()).getNodes(), null, 0, before);
			if (inside != null) {
				String[] issueData = { String.valueOf(before), inside.getName(), table.getName(),
						row.getRow() == null ? "" : Tables.pathString(row.getRow()) };
				warning(Messages.render(IssueCodes.GROUP_BAR_INSIDE_GROUP, issueData), bar, null,
						IssueCodes.GROUP_BAR_INSIDE_GROUP, issueData);
			}
		}
	}

	/** The cells written before the bar, by their order in the text. */
	private static int cellsBefore(RowData row, GroupBar bar) {
		INode barNode = NodeModelUtils.getNode(bar);
		int n = 0;
		for (Cell c : row.getCells()) {
			INode node = NodeModelUtils.getNode(c);
			if (node != null && barNode != null && node.getOffset() < barNode.getOffset()) {
				n++;
			}
		}
		return n;
	}

	/**
	 * The group a bar after {@code at} cells falls inside, or null when it stands between groups:
	 * at the top level anywhere between nodes, inside a group only next to a subgroup (between
	 * 直接起诉 and 复议后起诉 of 行政诉讼), never between two of its leaves. {@code first} is the
	 * index of the first leaf of {@code nodes}, {@code parent} their group (null at the top).
	 */
	private static Group groupAround(List<Node> nodes, Group parent, int first, int at) {
		int start = first;
		Node ending = null;
		for (Node n : nodes) {
			int size = Tables.leaves(List.of(n)).size();
			if (start < at && at < start + size) {
				return n instanceof Group g ? groupAround(g.getChildren(), g, start, at) : parent;
			}
			if (start == at) {
				boolean betweenLeaves = ending != null && !(ending instanceof Group) && !(n instanceof Group);
				return parent != null && betweenLeaves ? parent : null;
			}
			start += size;
			ending = n;
		}
		return null;
	}
}
