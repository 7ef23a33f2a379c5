package org.nianbao.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.model.SourceComments;
import org.nianbao.validation.Finding;

/**
 * Puts on each finding of an imported report where it is in the published file: the file the
 * import's header names (beside the report when it is there), and the page, line and column the
 * import recorded for the row, cell, paragraph or heading the finding is on.
 */
final class PublishedPlaces {
	private final XtextResource resource;
	private final String published;

	private PublishedPlaces(XtextResource resource, String published) {
		this.resource = resource;
		this.published = published;
	}

	static PublishedPlaces of(Path report, XtextResource resource) {
		String text = resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
		String name = SourceComments.publishedName(text);
		if (name == null) {
			return new PublishedPlaces(null, null);
		}
		Path beside = report.toAbsolutePath().getParent() == null ? null : report.toAbsolutePath().getParent().resolve(name);
		String file = beside != null && Files.isRegularFile(beside) ? report.resolveSibling(name).toString() : name;
		return new PublishedPlaces(resource, file);
	}

	Finding locate(Finding finding, Issue issue) {
		if (resource == null || issue.getOffset() == null) {
			return finding;
		}
		SourceComments.Source at = SourceComments.at(resource, issue.getOffset());
		return at == null ? finding : finding.withSource(new Finding.Published(published, at.page(), at.line(), at.column()));
	}
}
