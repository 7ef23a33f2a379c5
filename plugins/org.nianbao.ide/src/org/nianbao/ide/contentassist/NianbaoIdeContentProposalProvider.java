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
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.TableData;
import org.nianbao.nianbao.TableDef;

/**
 * Grammar-driven proposals (keywords, cross references from the template's scope) plus, where a
 * row starts, one whole-row skeleton per template row not yet written: the key followed by one
 * cell per template column (`auto` for derived columns, 0 otherwise).
 */
public class NianbaoIdeContentProposalProvider extends IdeContentProposalProvider {

	/** Below the plain row keys (cross references rank 400): the skeletons come after them. */
	private static final int SKELETON_PRIORITY = 390;

	@Override
	protected void _createProposals(CrossReference reference, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor) {
		super._createProposals(reference, context, acceptor);
		if (GrammarUtil.getReference(reference) != NianbaoPackage.Literals.ROW_DATA__ROW) {
			return;
		}
		TableData data = tableData(context.getCurrentModel());
		TableDef table = data == null || data.getTable() == null || data.getTable().eIsProxy() ? null : data.getTable();
		if (table == null) {
			return;
		}
		Set<Leaf> present = new HashSet<>();
		for (RowData r : data.getRows()) {
			if (r.getRow() != null && !r.getRow().eIsProxy()) {
				present.add(r.getRow());
			}
		}
		List<Leaf> columns = Tables.columnLeaves(table);
		for (Leaf row : Tables.rowLeaves(table)) {
			String key = Tables.shortestName(row);
			if (present.contains(row) || !key.startsWith(context.getPrefix())) {
				continue;
			}
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

	private static TableData tableData(EObject model) {
		return model instanceof TableData t ? t : EcoreUtil2.getContainerOfType(model, TableData.class);
	}
}
