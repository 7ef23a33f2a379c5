package org.nianbao.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.SimpleScope;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.ColumnTree;
import org.nianbao.nianbao.Direction;
import org.nianbao.nianbao.Node;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.RowTree;
import org.nianbao.nianbao.Rule;
import org.nianbao.nianbao.SectionData;
import org.nianbao.nianbao.SectionDef;
import org.nianbao.nianbao.TableData;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.Template;
import org.nianbao.nianbao.YearRule;

/**
 * Local scopes: a report's sections, tables and rows come from its template; a template's
 * formulas and rules name the nodes of one tree of their table, by path or by any unique suffix.
 */
public class NianbaoScopeProvider extends AbstractNianbaoScopeProvider {

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;

	/** Row scopes depend only on the template table: built once per template resource state, not per row. */
	@com.google.inject.Inject
	private org.eclipse.xtext.util.IResourceScopeCache cache;

	@com.google.inject.Inject
	private org.eclipse.xtext.scoping.IGlobalScopeProvider globalScopeProvider;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference == P.getReport_Template()) {
			return templates(context, reference);
		}
		if (reference == P.getReport_PreviousReport()) {
			return reports(context, reference);
		}
		if (reference == P.getSectionData_Section()) {
			Report report = EcoreUtil2.getContainerOfType(context, Report.class);
			Template template = report == null ? null : Tables.template(report);
			return template == null ? IScope.NULLSCOPE : named(template.getSections());
		}
		if (reference == P.getTableData_Table()) {
			SectionData section = EcoreUtil2.getContainerOfType(context, SectionData.class);
			SectionDef def = section == null ? null : section.getSection();
			return def == null || def.eIsProxy() ? IScope.NULLSCOPE : named(def.getTables());
		}
		if (reference == P.getRowData_Row()) {
			TableData data = EcoreUtil2.getContainerOfType(context, TableData.class);
			TableDef def = data == null ? null : data.getTable();
			if (def == null || def.eIsProxy() || def.getRows() == null) {
				return IScope.NULLSCOPE;
			}
			TableDef table = def;
			if (table.eResource() == null) {
				return leavesOnly(Tables.referableNames(table.getRows().getNodes()));
			}
			return cache.get(org.eclipse.xtext.util.Tuples.create(NianbaoScopeProvider.class, table), table.eResource(),
					() -> leavesOnly(Tables.referableNames(table.getRows().getNodes())));
		}
		if (reference == P.getRowData_Group()) {
			TableData data = EcoreUtil2.getContainerOfType(context, TableData.class);
			TableDef def = data == null ? null : data.getTable();
			if (def == null || def.eIsProxy() || def.getRows() == null) {
				return IScope.NULLSCOPE;
			}
			return groupsOnly(Tables.referableNames(def.getRows().getNodes()));
		}
		if (reference == P.getYearRule_Table()) {
			Template template = EcoreUtil2.getContainerOfType(context, Template.class);
			return template == null ? IScope.NULLSCOPE : named(Tables.allTables(template));
		}
		if (reference == P.getYearRule_Subject() || reference == P.getYearCell_Leaf()) {
			return yearRuleScope(context);
		}
		if (reference == P.getSectionLength_Section() || reference == P.getSectionMention_Section()
				|| reference == P.getSectionRepeat_Section()) {
			Template template = EcoreUtil2.getContainerOfType(context, Template.class);
			return template == null ? IScope.NULLSCOPE : named(template.getSections());
		}
		if (reference == P.getNodeRef_Node() || reference == P.getSum_Group() || reference == P.getSum_Excluded()) {
			return nodeScope(context);
		}
		return super.getScope(context, reference);
	}

	/**
	 * A report names a template of its own file or a visible one (workspace, library). Only the
	 * file's top level is looked at: the default local scope would name every object of the
	 * report first, a cost paid by every validated report.
	 */
	private IScope templates(EObject context, EReference reference) {
		IScope global = globalScopeProvider.getScope(context.eResource(), reference, null);
		List<IEObjectDescription> local = new ArrayList<>();
		EObject root = EcoreUtil2.getRootContainer(context);
		if (root instanceof org.nianbao.nianbao.NianbaoFile file) {
			for (EObject top : file.getElements()) {
				if (top instanceof Template t && t.getName() != null) {
					local.add(EObjectDescription.create(QualifiedName.create(t.getName()), t));
				}
			}
		}
		return local.isEmpty() ? global : new SimpleScope(global, local);
	}

	/**
	 * {@code 上年 名称} names another report: of its own file or one loaded beside it (the
	 * workspace's in the editor, the files given to the CLI), never itself.
	 */
	private IScope reports(EObject context, EReference reference) {
		IScope global = globalScopeProvider.getScope(context.eResource(), reference, null);
		List<IEObjectDescription> local = new ArrayList<>();
		EObject root = EcoreUtil2.getRootContainer(context);
		Report self = EcoreUtil2.getContainerOfType(context, Report.class);
		if (root instanceof org.nianbao.nianbao.NianbaoFile file) {
			for (EObject top : file.getElements()) {
				if (top instanceof Report r && r != self && r.getName() != null) {
					local.add(EObjectDescription.create(QualifiedName.create(r.getName()), r));
				}
			}
		}
		return local.isEmpty() ? global : new SimpleScope(global, local);
	}

	/** Formulas name the tree they sit in; rules name rows (`per column`) or columns (`per row`). */
	private IScope nodeScope(EObject context) {
		TableDef table = EcoreUtil2.getContainerOfType(context, TableDef.class);
		if (table == null) {
			return IScope.NULLSCOPE;
		}
		List<? extends Node> roots;
		Rule rule = EcoreUtil2.getContainerOfType(context, Rule.class);
		if (rule != null) {
			boolean perRow = rule.getDirection() == Direction.ROW;
			roots = perRow ? nodes(table.getColumns()) : nodes(table.getRows());
		} else if (EcoreUtil2.getContainerOfType(context, ColumnTree.class) != null) {
			roots = nodes(table.getColumns());
		} else {
			roots = nodes(table.getRows());
		}
		return scopeOf(Tables.referableNames(roots));
	}

	/** A cross-year rule names the rows (`per column`) or the columns (`per row`) of its table. */
	private IScope yearRuleScope(EObject context) {
		YearRule rule = EcoreUtil2.getContainerOfType(context, YearRule.class);
		TableDef table = rule == null ? null : rule.getTable();
		if (table == null || table.eIsProxy()) {
			return IScope.NULLSCOPE;
		}
		boolean perRow = rule.getDirection() == Direction.ROW;
		return leavesOnly(Tables.referableNames(perRow ? nodes(table.getColumns()) : nodes(table.getRows())));
	}

	private static List<? extends Node> nodes(EObject tree) {
		if (tree instanceof ColumnTree c) {
			return c.getNodes();
		}
		if (tree instanceof RowTree r) {
			return r.getNodes();
		}
		return List.of();
	}

	private static IScope scopeOf(Map<String, Node> names) {
		List<IEObjectDescription> descriptions = new ArrayList<>();
		names.forEach((name, node) -> descriptions.add(EObjectDescription.create(qualified(name), node)));
		return new SimpleScope(IScope.NULLSCOPE, descriptions);
	}

	/** Indexed by name: a report looks up every one of its rows here (a SimpleScope scans its list). */
	private static IScope leavesOnly(Map<String, Node> names) {
		List<IEObjectDescription> descriptions = new ArrayList<>();
		names.forEach((name, node) -> {
			if (node instanceof org.nianbao.nianbao.Leaf) {
				descriptions.add(EObjectDescription.create(qualified(name), node));
			}
		});
		return org.eclipse.xtext.scoping.impl.MultimapBasedScope.createScope(IScope.NULLSCOPE, descriptions, false);
	}

	/** The groups of a table's rows, for a row of group totals (`sum 其他处理`). */
	private static IScope groupsOnly(Map<String, Node> names) {
		List<IEObjectDescription> descriptions = new ArrayList<>();
		names.forEach((name, node) -> {
			if (node instanceof org.nianbao.nianbao.Group) {
				descriptions.add(EObjectDescription.create(qualified(name), node));
			}
		});
		return new SimpleScope(IScope.NULLSCOPE, descriptions);
	}

	private static IScope named(List<? extends EObject> elements) {
		List<IEObjectDescription> descriptions = new ArrayList<>();
		for (EObject e : elements) {
			String name = e instanceof SectionDef s ? s.getName() : e instanceof TableDef t ? t.getName() : null;
			if (name != null) {
				descriptions.add(EObjectDescription.create(QualifiedName.create(name), e));
			}
		}
		return new SimpleScope(IScope.NULLSCOPE, descriptions);
	}

	private static QualifiedName qualified(String dotted) {
		return QualifiedName.create(dotted.split("\\."));
	}
}
