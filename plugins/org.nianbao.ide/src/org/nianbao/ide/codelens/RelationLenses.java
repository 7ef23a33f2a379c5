package org.nianbao.ide.codelens;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codelens.ICodeLensService;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.nianbao.arithmetic.Arithmetic;
import org.nianbao.arithmetic.TableResult;
import org.nianbao.arithmetic.Violation;
import org.nianbao.diagnostics.Phrases;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Report;

import com.google.inject.Inject;

/**
 * A code lens above each table of a report: {@code 勾稽关系 ✓} when every relation of the template
 * holds, else {@code N 处勾稽关系不符}, whose command moves the cursor to the first broken one. The
 * command ({@link #GO_TO}) is the client's: its arguments are the document's URI and the position.
 */
public class RelationLenses implements ICodeLensService {

	/** The client-side command a lens runs: arguments {@code [uri, line, character]}. */
	public static final String GO_TO = "nianbao.goToRelation";

	@Inject
	private Arithmetic arithmetic;

	/** One table of a report: where it starts, how many relations are broken, where the first is blamed. */
	public record TableCheck(int offset, int broken, int first) {
		/** The lens's title: {@code 勾稽关系 ✓} or {@code N 处勾稽关系不符}. */
		public String title() {
			return broken == 0 ? Phrases.IDE.render("lens.relations-ok") : Phrases.IDE.render("lens.relations-broken", broken);
		}
	}

	/** Every table the resource's reports fill in, in document order (the Eclipse editor shows them too). */
	public List<TableCheck> tables(XtextResource resource) {
		List<TableCheck> checks = new ArrayList<>();
		if (resource == null || resource.getContents().isEmpty()) {
			return checks;
		}
		for (EObject top : resource.getContents().get(0).eContents()) {
			if (!(top instanceof Report report) || Tables.template(report) == null) {
				continue;
			}
			for (TableResult table : arithmetic.evaluate(report).tables()) {
				INode node = NodeModelUtils.getNode(table.data());
				if (node != null) {
					checks.add(new TableCheck(node.getOffset(), table.broken().size(), firstBroken(table, node)));
				}
			}
		}
		return checks;
	}

	@Override
	public List<? extends CodeLens> computeCodeLenses(Document document, XtextResource resource, CodeLensParams params,
			CancelIndicator indicator) {
		List<CodeLens> lenses = new ArrayList<>();
		String uri = params.getTextDocument().getUri();
		for (TableCheck check : tables(resource)) {
			Position start = document.getPosition(check.offset());
			Command command;
			if (check.broken() == 0) {
				command = new Command(check.title(), "");
			} else {
				Position first = document.getPosition(check.first());
				command = new Command(check.title(), GO_TO, List.of(uri, first.getLine(), first.getCharacter()));
			}
			lenses.add(new CodeLens(new Range(start, start), command, null));
		}
		return lenses;
	}

	/** Where the first broken relation is reported (the cell it is blamed on); else the table. */
	private static int firstBroken(TableResult table, INode tableNode) {
		for (Violation v : table.violations()) {
			if (v.relation() != null && table.broken().contains(v.relation()) && v.token() != null) {
				INode cell = NodeModelUtils.getNode(v.token());
				if (cell != null) {
					return cell.getOffset();
				}
			}
		}
		return tableNode.getOffset();
	}
}
