package org.nianbao.cli;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.IResourceValidator;
import org.nianbao.importer.audit.ReportSnapshot;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.Report;
import org.nianbao.validation.Finding;

/**
 * Validation of one report for the audit, against last year's report when one was matched: one
 * parse gives both the findings and what the summary says of the report (organ, year, template,
 * date). Nothing of the model outlives the call.
 */
final class Validation {
	private Validation() {
	}

	/** What the audit keeps of one validated report; {@code snapshot} what the outputs asked of its model, or null. */
	record Validated(List<Finding> findings, String organ, Integer year, String template, String published,
			ReportSnapshot snapshot) {
	}

	/**
	 * Loads and validates one report. {@code previous} is asked, with what the report says of itself
	 * (findings still empty), for last year's report to validate it against, or null; it applies
	 * unless the report names its own ({@code 上年 "…"}), as in `validate --previous`.
	 */
	static Validated validate(Path report, java.util.function.Function<Validated, Path> previous,
			java.util.function.Function<Report, ReportSnapshot> snapshot) {
		return validate(report, null, previous, snapshot);
	}

	/**
	 * As {@link #validate(Path, java.util.function.Function, java.util.function.Function)}, the text of
	 * {@code report} being at hand already parsed ({@code parsed}, an import's): it is not read and
	 * parsed again. With {@code parsed} null the file is loaded.
	 */
	static Validated validate(Path report, IParseResult parsed, java.util.function.Function<Validated, Path> previous,
			java.util.function.Function<Report, ReportSnapshot> snapshot) {
		IResourceValidator validator = Workspace.injector().getInstance(IResourceValidator.class);
		XtextResourceSet rs = Workspace.newResourceSet();
		Workspace.checkReadable(report);
		XtextResource resource = parsed == null ? Workspace.loadOne(rs, report) : Workspace.loadParsed(rs, report, parsed);
		Validated about = about(resource);
		Path last = previous.apply(about);
		if (last != null) {
			ValidateCommand.usePrevious(rs, last);
		}
		org.nianbao.validation.PreviousReports.load(resource); // a 上年 "…" path: read now, not during validation
		List<Finding> findings = ValidateCommand.validate(validator, resource, report, "zh");
		ValidateCommand.sort(findings);
		Report model = snapshot == null ? null : report(resource);
		return new Validated(findings, about.organ(), about.year(), about.template(), about.published(),
				model == null ? null : snapshot.apply(model));
	}

	/** What a loaded report says of itself. */
	private static Validated about(XtextResource resource) {
		Report r = report(resource);
		if (r == null) {
			return new Validated(List.of(), null, null, null, null, null);
		}
		String template = r.getTemplate() == null || r.getTemplate().eIsProxy() ? null : r.getTemplate().getName();
		return new Validated(List.of(), r.getOrgan(), r.getYear() == null ? null : r.getYear().intValue(), template,
				r.getDate(), null);
	}

	/** The first report of a loaded file, or null. */
	static Report report(XtextResource resource) {
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof NianbaoFile nf) {
			for (var e : nf.getElements()) {
				if (e instanceof Report r) {
					return r;
				}
			}
		}
		return null;
	}
}
