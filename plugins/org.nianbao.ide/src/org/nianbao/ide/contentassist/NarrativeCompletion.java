package org.nianbao.ide.contentassist;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.Template;

/**
 * Completion inside a narrative expression `{表.行.列 + …}` of a report's text: first the tables
 * of the report's template, then every `表.行.列` cell reference of the chosen table.
 */
public class NarrativeCompletion {

	private static final String DELIMITER = "\"\"\"";

	/**
	 * The proposals at an offset, or null when the offset is not inside a paragraph's text (then
	 * the grammar's proposals apply). Inside text but outside `{…}` the list is empty.
	 */
	public List<ContentAssistEntry> complete(XtextResource resource, String text, int offset) {
		if (resource.getParseResult() == null) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null || offset <= leaf.getOffset()) {
			return null;
		}
		EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf);
		if (!(element instanceof Paragraph) || !leaf.getText().startsWith(DELIMITER)) {
			return null;
		}
		int contentStart = leaf.getOffset() + DELIMITER.length();
		int contentEnd = leaf.getEndOffset() - (leaf.getText().length() >= 6 && leaf.getText().endsWith(DELIMITER) ? 3 : 0);
		if (offset < contentStart || offset > contentEnd) {
			return null;
		}
		String before = text.substring(contentStart, offset);
		int open = before.lastIndexOf('{');
		if (open < 0 || before.indexOf('}', open) >= 0) {
			return List.of();
		}
		String prefix = prefix(before.substring(open + 1));
		Report report = EcoreUtil2.getContainerOfType(element, Report.class);
		Template template = report == null ? null : Tables.template(report);
		if (template == null) {
			return List.of();
		}
		List<ContentAssistEntry> entries = new ArrayList<>();
		int dot = prefix.indexOf('.');
		for (TableDef table : Tables.allTables(template)) {
			if (dot < 0) {
				if (table.getName().startsWith(prefix)) {
					entries.add(entry(prefix, table.getName(), table.getCaption(), ContentAssistEntry.KIND_MODULE));
				}
			} else if (prefix.substring(0, dot).equals(table.getName())) {
				for (Leaf row : Tables.rowLeaves(table)) {
					for (Leaf column : Tables.columnLeaves(table)) {
						String ref = table.getName() + "." + Tables.shortestName(row) + "." + Tables.shortestName(column);
						if (ref.startsWith(prefix)) {
							entries.add(entry(prefix, ref, row.getLabel() + " × " + String.join("·", Tables.labels(column)),
									ContentAssistEntry.KIND_REFERENCE));
						}
					}
				}
			}
		}
		return entries;
	}

	/** The name being typed: what follows the last operator, bracket or space of the expression. */
	private static String prefix(String expression) {
		int start = 0;
		for (int i = 0; i < expression.length(); i++) {
			char c = expression.charAt(i);
			if (c == '+' || c == '-' || c == '(' || c == ')' || Character.isWhitespace(c)) {
				start = i + 1;
			}
		}
		return expression.substring(start);
	}

	private static ContentAssistEntry entry(String prefix, String proposal, String description, String kind) {
		ContentAssistEntry entry = new ContentAssistEntry();
		entry.setPrefix(prefix);
		entry.setProposal(proposal);
		entry.setLabel(proposal);
		entry.setDescription(description);
		entry.setKind(kind);
		return entry;
	}
}
