package org.nianbao.ide.contentassist;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.TableData;
import org.nianbao.nianbao.TableDef;

/**
 * Grammar-driven proposals (keywords, cross references from the template's scope), except where a
 * row key is written: there each template row not yet in the table is proposed once, by its
 * shortest name (the scope holds every row under each of its names: up to three proposals for one
 * row), followed by one whole-row skeleton per such row: the key and one cell per template column
 * (`auto` for derived columns, 0 otherwise). Keywords are proposed in the language the file's
 * keywords are written in ({@link KeywordLanguage}).
 */
public class NianbaoIdeContentProposalProvider extends IdeContentProposalProvider {

	/** The rank of Xtext's cross-reference proposals. */
	private static final int ROW_PRIORITY = 400;

	/** Below the plain row keys: the skeletons come after them. */
	private static final int SKELETON_PRIORITY = 390;

	@Override
	protected void _createProposals(org.eclipse.xtext.Keyword keyword, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		// `per columns`/`per rows` exist only to carry the Chinese 列/行 (see the grammar's Direction)
		if (keyword.eContainer() instanceof org.eclipse.xtext.EnumLiteralDeclaration d
				&& !d.getEnumLiteral().getName().equals(keyword.getValue())) {
			return;
		}
		String value = KeywordLanguage.proposal(keyword.getValue(), KeywordLanguage.isChinese(context.getRootNode()));
		if (value.equals(keyword.getValue())) {
			super._createProposals(keyword, context, acceptor);
			return;
		}
		if (!filterKeyword(keyword, context)) {
			return;
		}
		ContentAssistEntry entry = getProposalCreator().createProposal(value, context);
		if (entry != null) {
			entry.setKind(ContentAssistEntry.KIND_KEYWORD);
			entry.setDescription(keyword.getValue());
			acceptor.accept(entry, getProposalPriorities().getKeywordPriority(keyword.getValue(), entry));
		}
	}

	@Override
	protected void _createProposals(CrossReference reference, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		TableData data = GrammarUtil.getReference(reference) == NianbaoPackage.Literals.ROW_DATA__ROW
				? tableData(context.getCurrentModel())
				: null;
		TableDef table = data == null || data.getTable() == null || data.getTable().eIsProxy() ? null : data.getTable();
		if (table == null) {
			super._createProposals(reference, context, acceptor);
			return;
		}
		Set<Leaf> present = presentRows(data, context.getOffset());
		List<Leaf> columns = Tables.columnLeaves(table);
		for (Leaf row : Tables.rowLeaves(table)) {
			String key = keyFor(row, context.getPrefix());
			if (present.contains(row) || key == null) {
				continue;
			}
			ContentAssistEntry plain = new ContentAssistEntry();
			plain.setPrefix(context.getPrefix());
			plain.setProposal(key);
			plain.setLabel(key);
			plain.setDescription(row.getLabel());
			plain.setKind(ContentAssistEntry.KIND_REFERENCE);
			acceptor.accept(plain, ROW_PRIORITY);

			StringJoiner cells = new StringJoiner(" ");
			for (Leaf column : columns) {
				cells.add(Tables.isDerived(column) || Tables.isDerived(row) ? "auto" : "0");
			}
			ContentAssistEntry entry = new ContentAssistEntry();
			entry.setPrefix(context.getPrefix());
			entry.setProposal(key + " " + cells);
			entry.setLabel(key + " …（整行 " + columns.size() + " 列）");
			entry.setDescription(row.getLabel());
			entry.setKind(ContentAssistEntry.KIND_SNIPPET);
			acceptor.accept(entry, SKELETON_PRIORITY);
		}
	}

	/** The shortest name of the row if it matches what is typed, else its full path if that does; else null. */
	private static String keyFor(Leaf row, String prefix) {
		String shortest = Tables.shortestName(row);
		if (shortest.startsWith(prefix)) {
			return shortest;
		}
		String path = Tables.pathString(row);
		return path.startsWith(prefix) ? path : null;
	}

	/** The rows the table already has, except the one whose key is being typed at the offset. */
	private static Set<Leaf> presentRows(TableData data, int offset) {
		Set<Leaf> present = new HashSet<>();
		for (RowData r : data.getRows()) {
			if (r.getRow() == null || r.getRow().eIsProxy() || isTypedAt(r, offset)) {
				continue;
			}
			present.add(r.getRow());
		}
		return present;
	}

	private static boolean isTypedAt(RowData row, int offset) {
		for (INode key : NodeModelUtils.findNodesForFeature(row, NianbaoPackage.Literals.ROW_DATA__ROW)) {
			if (key.getOffset() <= offset && offset <= key.getEndOffset()) {
				return true;
			}
		}
		return false;
	}

	private static TableData tableData(EObject model) {
		return model instanceof TableData t ? t : EcoreUtil2.getContainerOfType(model, TableData.class);
	}
}
