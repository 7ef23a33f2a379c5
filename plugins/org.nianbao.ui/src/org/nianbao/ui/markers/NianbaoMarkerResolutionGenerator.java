package org.nianbao.ui.markers;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.nianbao.ide.codeactions.QuickFixes;
import org.nianbao.ui.NianbaoUi;

/** Quick fixes for Nianbao markers in the Problems view (and for Ctrl+1, via the assist processor). */
public class NianbaoMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return !marker.getAttribute(ProblemMarkers.CODE, "").isEmpty();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file)) {
			return new IMarkerResolution[0];
		}
		List<IMarkerResolution> result = new ArrayList<>();
		try {
			MarkerFixes.withDocument(file, document -> {
				for (QuickFixes.Fix fix : MarkerFixes.fixes(document, marker)) {
					result.add(new Resolution(file, fix));
				}
			});
		} catch (CoreException e) {
			NianbaoUi.getDefault().getLog().log(e.getStatus());
		}
		return result.toArray(IMarkerResolution[]::new);
	}

	private record Resolution(IFile file, QuickFixes.Fix fix) implements IMarkerResolution2 {
		@Override
		public String getLabel() {
			return fix.label();
		}

		@Override
		public void run(IMarker marker) {
			try {
				MarkerFixes.withDocument(file, document -> {
					try {
						MarkerFixes.apply(document, fix);
					} catch (BadLocationException e) {
						throw new CoreException(Status.error("文档已改变，无法应用修复 (document changed)", e));
					}
				});
			} catch (CoreException e) {
				NianbaoUi.getDefault().getLog().log(new Status(IStatus.ERROR, NianbaoUi.PLUGIN_ID, e.getMessage(), e));
			}
		}

		@Override
		public String getDescription() {
			return fix.label();
		}

		@Override
		public Image getImage() {
			return null;
		}
	}
}
