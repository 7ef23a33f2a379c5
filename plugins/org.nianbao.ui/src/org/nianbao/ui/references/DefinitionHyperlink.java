package org.nianbao.ui.references;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.Location;
import org.eclipse.xtext.ide.server.Document;
import org.nianbao.ide.references.CellReferences;
import org.nianbao.ui.NianbaoUi;

/**
 * A table, row or column name that goes to its declaration: found as the language server's
 * definition finds it ({@link CellReferences#definition}), in the files of the folder read as
 * one ({@link FolderWorkspace}), when the link is followed.
 */
final class DefinitionHyperlink implements IHyperlink {
	private final IFile file;
	private final IRegion region;
	private final int offset;

	DefinitionHyperlink(IFile file, IRegion region, int offset) {
		this.file = file;
		this.region = region;
		this.offset = offset;
	}

	@Override
	public IRegion getHyperlinkRegion() {
		return region;
	}

	@Override
	public String getTypeLabel() {
		return "定义";
	}

	@Override
	public String getHyperlinkText() {
		return "转到定义";
	}

	@Override
	public void open() {
		try {
			FolderWorkspace workspace = new FolderWorkspace(file.getParent());
			CellReferences references = NianbaoUi.getDefault().getInjector().getInstance(CellReferences.class);
			URI target = references.targetAt(workspace.resource(file), offset);
			List<Location> found = target == null ? List.of() : references.definition(workspace, target);
			if (found.isEmpty()) {
				return;
			}
			URI uri = URI.createURI(found.get(0).getUri());
			Document lines = workspace.document(uri);
			Region name = Ranges.region(lines, found.get(0).getRange());
			Editors.openAndSelect(workspace.file(uri), uri, lines.getContents(), name.getOffset(), name.getLength());
		} catch (CoreException e) {
			NianbaoUi.getDefault().getLog().log(e.getStatus());
		}
	}
}
