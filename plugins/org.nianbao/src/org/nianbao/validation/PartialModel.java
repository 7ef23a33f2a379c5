package org.nianbao.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.SectionData;
import org.nianbao.nianbao.TableData;

/**
 * One mistake, one error. Where the parser met a syntax error (or refused a value), the model is
 * partial: a row cut short, a cell without value, sections missing after the error. The checks
 * would report each gap again, so on such a text
 * <ul>
 * <li>structure (NB2xx) and cross-document and narrative findings (NB3xx) are not reported at all:
 * they are about what is missing or about values read elsewhere, and the gap may be the error's;</li>
 * <li>arithmetic and limits findings are kept outside the part holding the error — its table, else
 * its section, else (between sections) up to the next section the parser could read again — so a
 * real wrong total in another table still shows.</li>
 * </ul>
 * Syntax and linking errors themselves are the resource's and always reported.
 */
final class PartialModel {

	/** Offset ranges {start, end} of the parts that hold a syntax error. */
	private final List<int[]> broken = new ArrayList<>();

	private PartialModel() {
	}

	/** Null when the text parsed without errors: everything is checked then. */
	static PartialModel of(XtextResource resource) {
		if (resource.getParseResult() == null || !NianbaoResourceValidator.hasSyntaxErrors(resource)) {
			return null;
		}
		PartialModel model = new PartialModel();
		ICompositeNode root = resource.getParseResult().getRootNode();
		for (INode error : resource.getParseResult().getSyntaxErrors()) {
			EObject at = NodeModelUtils.findActualSemanticObjectFor(error);
			EObject part = part(at);
			ICompositeNode node = part == null ? null : NodeModelUtils.findActualNodeFor(part);
			if (node == null) {
				model.broken.add(new int[] { error.getOffset(), root.getEndOffset() });
			} else if (part instanceof Report report) {
				// between sections: the parser resynchronises at the next section it can read
				model.broken.add(new int[] { error.getOffset(), nextSection(report, error.getEndOffset(), node.getEndOffset()) });
			} else {
				// a part ends where its text ends, or where the error is when the parser stopped early
				model.broken.add(new int[] { Math.min(node.getOffset(), error.getOffset()),
						Math.max(node.getEndOffset(), error.getEndOffset()) });
			}
		}
		return model;
	}

	private static int nextSection(Report report, int after, int end) {
		for (SectionData s : report.getSections()) {
			ICompositeNode n = NodeModelUtils.findActualNodeFor(s);
			if (n != null && n.getOffset() >= after) {
				return n.getOffset() - 1;
			}
		}
		return end;
	}

	private static EObject part(EObject at) {
		if (at == null) {
			return null;
		}
		for (Class<? extends EObject> type : List.of(TableData.class, SectionData.class, Report.class)) {
			EObject part = EcoreUtil2.getContainerOfType(at, type);
			if (part != null) {
				return part;
			}
		}
		return null;
	}

	boolean reports(Issue issue) {
		String code = issue.getCode();
		if (code != null && (code.startsWith("NB2") || code.startsWith("NB3"))) {
			return false;
		}
		Integer offset = issue.getOffset();
		if (offset == null) {
			return true;
		}
		for (int[] range : broken) {
			if (range[0] <= offset && offset <= range[1]) {
				return false;
			}
		}
		return true;
	}
}
