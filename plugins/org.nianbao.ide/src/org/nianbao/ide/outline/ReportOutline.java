package org.nianbao.ide.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.SectionData;
import org.nianbao.nianbao.SectionDef;
import org.nianbao.nianbao.TableData;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.Template;

/**
 * The outline of a file: reports and templates, their sections, and the tables in them. Feeds the
 * language server's document symbols and the Eclipse outline.
 */
public class ReportOutline {

	public enum Kind {
		REPORT, TEMPLATE, SECTION, TABLE
	}

	/**
	 * @param name   the key as written (e.g. 依申请公开)
	 * @param detail the official heading or caption, or the report's title
	 * @param offset the whole element; selectionOffset its name
	 */
	public record Item(String name, String detail, Kind kind, int offset, int length, int selectionOffset,
			int selectionLength, List<Item> children) {
	}

	private static final NianbaoPackage P = NianbaoPackage.eINSTANCE;

	public List<Item> outline(XtextResource resource) {
		List<Item> items = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof NianbaoFile file)) {
			return items;
		}
		for (EObject element : file.getElements()) {
			if (element instanceof Report report) {
				List<Item> sections = new ArrayList<>();
				for (SectionData s : report.getSections()) {
					List<Item> tables = new ArrayList<>();
					for (TableData t : org.eclipse.xtext.EcoreUtil2.typeSelect(s.getContents(), TableData.class)) {
						TableDef def = t.getTable();
						String caption = def == null || def.eIsProxy() ? null : def.getCaption();
						tables.add(item(t, P.getTableData_Table(), caption, Kind.TABLE, List.of()));
					}
					SectionDef def = s.getSection();
					String heading = def == null || def.eIsProxy() ? null : def.getHeading();
					sections.add(item(s, P.getSectionData_Section(), heading, Kind.SECTION, tables));
				}
				items.add(item(report, P.getTopLevel_Name(), report.getTitle(), Kind.REPORT, sections));
			} else if (element instanceof Template template) {
				List<Item> sections = new ArrayList<>();
				for (SectionDef s : template.getSections()) {
					List<Item> tables = new ArrayList<>();
					for (TableDef t : s.getTables()) {
						tables.add(item(t, P.getTableDef_Name(), t.getCaption(), Kind.TABLE, List.of()));
					}
					sections.add(item(s, P.getSectionDef_Name(), s.getHeading(), Kind.SECTION, tables));
				}
				items.add(item(template, P.getTopLevel_Name(), template.getTitle(), Kind.TEMPLATE, sections));
			}
		}
		return items;
	}

	private static Item item(EObject element, EStructuralFeature nameFeature, String detail, Kind kind,
			List<Item> children) {
		INode node = NodeModelUtils.getNode(element);
		List<INode> nameNodes = NodeModelUtils.findNodesForFeature(element, nameFeature);
		INode nameNode = nameNodes.isEmpty() ? node : nameNodes.get(0);
		String name = NodeModelUtils.getTokenText(nameNode);
		return new Item(name, detail, kind, node.getOffset(), node.getLength(), nameNode.getOffset(),
				nameNode.getLength(), List.copyOf(children));
	}
}
