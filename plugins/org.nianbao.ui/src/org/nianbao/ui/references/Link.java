package org.nianbao.ui.references;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;

/** A hyperlink of {@link NianbaoHyperlinkDetector}: its region, its labels, and what following it does. */
record Link(IRegion region, String typeLabel, String text, Runnable action) implements IHyperlink {

	/** A table, row or column name: goes to its declaration ({@link Editors#openDefinition}). */
	static Link toDefinition(IRegion region, IFile file, int offset) {
		return new Link(region, "定义", "转到定义", () -> Editors.openDefinition(file, offset));
	}

	/** A report's {@code 上年}: opens last year's report ({@code PreviousReportLinks}' target). */
	static Link toLastYearsReport(IRegion region, String target) {
		return new Link(region, "上年报告", "打开上年报告", () -> Editors.open(java.net.URI.create(target)));
	}

	@Override
	public IRegion getHyperlinkRegion() {
		return region;
	}

	@Override
	public String getTypeLabel() {
		return typeLabel;
	}

	@Override
	public String getHyperlinkText() {
		return text;
	}

	@Override
	public void open() {
		action.run();
	}
}
