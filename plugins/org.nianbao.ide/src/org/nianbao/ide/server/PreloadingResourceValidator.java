package org.nianbao.ide.server;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.validation.NianbaoResourceValidator;
import org.nianbao.validation.PreviousReports;

/**
 * The editors' validation (the language server's and Eclipse's, both on the ide module): before a
 * document is validated, last year's report it names by a `上年 "…"` path outside the workspace or
 * folder is loaded into the document's resource set (the others are loaded already), as the CLI
 * loads it before each report: the checks themselves read no file.
 */
public class PreloadingResourceValidator extends NianbaoResourceValidator {

	@Override
	protected void validate(Resource resource, CheckMode mode, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		PreviousReports.load(resource);
		super.validate(resource, mode, monitor, acceptor);
	}
}
