package org.nianbao.ide.contentassist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.ide.references.NarrativeSpans;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Group;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.Node;
import org.nianbao.nianbao.TableDef;

import com.google.inject.Inject;

/**
 * Completion inside a narrative expression {@code {表.行.列 + …}} of a report's text (and a
 * template fact's value), on the spans {@link NarrativeSpans} locates: after {@code {} the
 * template's tables, after {@code {表.} the rows of that table, after {@code {表.行.} its columns,
 * each once, by its shortest name; after a group ({@code {表.其他处理.}) the rows or columns under it.
 */
public class NarrativeCompletion {

	@Inject
	private NarrativeSpans spans;

	/**
	 * The proposals at an offset, or null when the offset is not inside a text (then the grammar's
	 * proposals apply). Inside a text but outside every {@code {…}} the list is empty.
	 */
	public List<ContentAssistEntry> complete(XtextResource resource, int offset) {
		NarrativeSpans.Text text = spans.textAt(resource, offset);
		if (text == null) {
			return null;
		}
		NarrativeSpans.Located span = text.typingAt(offset);
		if (span == null || text.template() == null) {
			return List.of();
		}
		String typed = span.span().source().substring(0, Math.min(span.span().source().length(), offset - span.offset() - 1));
		List<String> parts = List.of(path(typed).split("[.．]", -1));
		String prefix = parts.get(parts.size() - 1);
		Map<String, ContentAssistEntry> entries = new LinkedHashMap<>();
		if (parts.size() == 1) {
			for (TableDef table : Tables.allTables(text.template())) {
				add(entries, prefix, table.getName(), table.getCaption(), ContentAssistEntry.KIND_MODULE);
			}
			return new ArrayList<>(entries.values());
		}
		TableDef table = Tables.findTable(text.template(), parts.get(0));
		if (table == null || table.getRows() == null || table.getColumns() == null) {
			return List.of();
		}
		List<String> written = parts.subList(1, parts.size() - 1);
		Map<String, Node> rows = Tables.referableNames(table.getRows().getNodes());
		Map<String, Node> columns = Tables.referableNames(table.getColumns().getNodes());
		if (written.isEmpty()) {
			names(entries, prefix, Tables.rowLeaves(table), null);
		} else if (rows.get(String.join(".", written)) instanceof Leaf) {
			names(entries, prefix, Tables.columnLeaves(table), null);
		} else if (rows.get(String.join(".", written)) instanceof Group group) {
			names(entries, prefix, Tables.leaves(group), group);
		} else {
			for (int split = 1; split < written.size(); split++) {
				if (rows.get(String.join(".", written.subList(0, split))) instanceof Leaf
						&& columns.get(String.join(".", written.subList(split, written.size()))) instanceof Group group) {
					names(entries, prefix, Tables.leaves(group), group);
				}
			}
		}
		return new ArrayList<>(entries.values());
	}

	/**
	 * Each leaf once: by its shortest name, or, under a group already written, by its path below
	 * the group.
	 */
	private static void names(Map<String, ContentAssistEntry> entries, String prefix, List<Leaf> leaves, Group under) {
		for (Leaf leaf : leaves) {
			List<String> path = Tables.path(leaf);
			String name = under == null ? Tables.shortestName(leaf)
					: String.join(".", path.subList(Tables.path(under).size(), path.size()));
			add(entries, prefix, name, String.join(" › ", Tables.labels(leaf)), ContentAssistEntry.KIND_REFERENCE);
		}
	}

	/** The path being typed: the names and dots before the offset, after the last operator, bracket or space. */
	private static String path(String expression) {
		int start = expression.length();
		while (start > 0) {
			char c = expression.charAt(start - 1);
			if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '．')) {
				break;
			}
			start--;
		}
		return expression.substring(start);
	}

	private static void add(Map<String, ContentAssistEntry> entries, String prefix, String proposal, String description,
			String kind) {
		if (!proposal.startsWith(prefix) || entries.containsKey(proposal)) {
			return;
		}
		ContentAssistEntry entry = new ContentAssistEntry();
		entry.setPrefix(prefix);
		entry.setProposal(proposal);
		entry.setLabel(proposal);
		entry.setDescription(description);
		entry.setKind(kind);
		entries.put(proposal, entry);
	}
}
