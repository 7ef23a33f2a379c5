package org.nianbao.ui.references;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;

/** A report's {@code 上年}: opens last year's report ({@code PreviousReportLinks}' target). */
final class FileHyperlink implements IHyperlink {
	private final IRegion region;
	private final String target;

	FileHyperlink(IRegion region, String target) {
		this.region = region;
		this.target = target;
	}

	@Override
	public IRegion getHyperlinkRegion() {
		return region;
	}

	@Override
	public String getTypeLabel() {
		return "上年报告";
	}

	@Override
	public String getHyperlinkText() {
		return "打开上年报告";
	}

	@Override
	public void open() {
		Editors.open(java.net.URI.create(target));
	}
}
