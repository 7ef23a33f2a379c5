package org.nianbao.ide.server;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.DocumentLink;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Report;
import org.nianbao.validation.PreviousReports;

/**
 * {@code textDocument/documentLink}: a report's {@code 上年} as a link to last year's report — the
 * file its path names ({@code 上年 "….nianbao"}, resolved against the report's own file) or the
 * file of the report its name refers to ({@code 上年 名称}, when linking found it).
 */
public class PreviousReportLinks {

	public List<DocumentLink> links(XtextResource resource, Document document) {
		List<DocumentLink> links = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof NianbaoFile file)) {
			return links;
		}
		for (EObject top : file.getElements()) {
			if (!(top instanceof Report report)) {
				continue;
			}
			URI path = PreviousReports.pathOf(report);
			if (path != null) {
				add(links, document, report, NianbaoPackage.Literals.REPORT__PREVIOUS, path);
			}
			Object named = report.eGet(NianbaoPackage.Literals.REPORT__PREVIOUS_REPORT, true);
			if (named instanceof Report r && !r.eIsProxy() && r.eResource() != null) {
				add(links, document, report, NianbaoPackage.Literals.REPORT__PREVIOUS_REPORT,
						EcoreUtil.getURI(r).trimFragment());
			}
		}
		return links;
	}

	private static void add(List<DocumentLink> links, Document document, Report report, EStructuralFeature feature,
			URI target) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(report, feature);
		if (nodes.isEmpty()) {
			return;
		}
		INode node = nodes.get(0);
		Range range = new Range(document.getPosition(node.getOffset()), document.getPosition(node.getEndOffset()));
		links.add(new DocumentLink(range, target.toString()));
	}
}
