package org.nianbao.ide.references;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.ColumnTree;
import org.nianbao.nianbao.Node;
import org.nianbao.nianbao.RowTree;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.Template;

/**
 * Whether renaming a table, row or column would change what a name means: another table of the
 * template with the new name, or a name of the tree ({@link Tables#referableNames}: full paths and
 * unique suffixes) that would stop naming its node. A rename rewrites each written name in place
 * (the renamed part replaced), so every name that names a node today must name the same node after.
 */
final class NameClash {
	private NameClash() {
	}

	/** Why the rename is refused (in Chinese), or null when every name keeps its meaning. */
	static String of(EObject target, String newName) {
		if (target instanceof TableDef table) {
			Template template = EcoreUtil2.getContainerOfType(table, Template.class);
			TableDef other = template == null ? null : Tables.findTable(template, newName);
			return other == null || other == table ? null
					: "模板「" + template.getName() + "」中已有名为“" + newName + "”的表，不能重命名";
		}
		if (!(target instanceof Node node)) {
			return null;
		}
		List<Node> roots = roots(node);
		Function<Node, String> renamed = n -> n == node ? newName : n.getName();
		String where = "表「" + Tables.tableOf(node).getName() + "」的" + (Tables.isColumn(node) ? "列" : "行");
		String renamedPath = written(node, renamed, 0);
		for (Node other : Tables.allNodes(roots)) {
			if (other != node && written(other, renamed, 0).equals(renamedPath)) {
				return "不能重命名为“" + newName + "”：" + where + "中已有「" + renamedPath + "」";
			}
		}
		Map<String, Node> after = Tables.referableNames(roots, renamed);
		for (Map.Entry<String, Node> name : Tables.referableNames(roots).entrySet()) {
			Node named = name.getValue();
			String written = written(named, renamed, name.getKey().split("\\.").length);
			Node now = after.get(written);
			if (now != named) {
				return "不能重命名为“" + newName + "”：" + where + "中的名称“" + written + "”将"
						+ (now != null ? "指向「" + written(now, renamed, 0) + "」" : "不再唯一") + "，不再指向「"
						+ Tables.pathString(named) + "」";
			}
		}
		return null;
	}

	/** The last {@code parts} names (all for 0) of the node's path after the rename: a name as rewritten. */
	private static String written(Node named, Function<Node, String> renamed, int parts) {
		List<String> path = Tables.path(named, renamed);
		return String.join(".", parts == 0 ? path : path.subList(path.size() - parts, path.size()));
	}

	private static List<Node> roots(Node node) {
		ColumnTree columns = EcoreUtil2.getContainerOfType(node, ColumnTree.class);
		if (columns != null) {
			return columns.getNodes();
		}
		RowTree rows = EcoreUtil2.getContainerOfType(node, RowTree.class);
		return rows == null ? List.of(node) : rows.getNodes();
	}
}
