package org.nianbao.ui.references;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IEncodedStorage;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IStorage;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Location;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.ide.server.Document;
import org.nianbao.ide.references.CellReferences;
import org.nianbao.ui.NianbaoUi;

/** Opens what a hyperlink names: a declaration, a workspace file, a file elsewhere, or a library template (read-only). */
final class Editors {
	private Editors() {
	}

	static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor.GenericEditor";

	/**
	 * Goes to the declaration of the table, row or column named at the offset of the file: found as
	 * the language server's definition finds it ({@link CellReferences#definition}), in the files of
	 * the folder read as one ({@link FolderWorkspace}, open documents as edited).
	 */
	static void openDefinition(IFile file, int offset) {
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
			openAndSelect(workspace.file(uri), uri, lines.getContents(), name.getOffset(), name.getLength());
		} catch (CoreException e) {
			NianbaoUi.getDefault().getLog().log(e.getStatus());
		}
	}

	/** Opens the file (or, for a library template, its text read-only) and selects the range. */
	static void openAndSelect(IFile file, URI uri, String text, int offset, int length) {
		try {
			IEditorPart part = file != null ? IDE.openEditor(page(), file)
					: page().openEditor(new LibraryTemplateInput(uri.lastSegment(), text), GENERIC_EDITOR);
			if (part instanceof ITextEditor editor) {
				editor.selectAndReveal(offset, length);
			}
		} catch (PartInitException e) {
			NianbaoUi.getDefault().getLog().log(e.getStatus());
		}
	}

	/** Opens a file given by its location: in the workspace when it is there. */
	static void open(java.net.URI location) {
		try {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(location);
			if (files.length > 0) {
				IDE.openEditor(page(), files[0]);
			} else {
				IDE.openEditorOnFileStore(page(), EFS.getStore(location));
			}
		} catch (CoreException e) {
			NianbaoUi.getDefault().getLog().log(e.getStatus());
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** A library template's text, shown read-only under its file name. */
	record LibraryTemplateInput(String name, String text) implements IStorageEditorInput {
		@Override
		public IStorage getStorage() {
			return new IEncodedStorage() {
				@Override
				public String getCharset() {
					return "UTF-8";
				}

				@Override
				public InputStream getContents() {
					return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
				}

				@Override
				public IPath getFullPath() {
					return null;
				}

				@Override
				public String getName() {
					return name;
				}

				@Override
				public boolean isReadOnly() {
					return true;
				}

				@Override
				public <T> T getAdapter(Class<T> adapter) {
					return null;
				}
			};
		}

		@Override
		public boolean exists() {
			return false;
		}

		@Override
		public ImageDescriptor getImageDescriptor() {
			return null;
		}

		@Override
		public String getName() {
			return name;
		}

		@Override
		public IPersistableElement getPersistable() {
			return null;
		}

		@Override
		public String getToolTipText() {
			return "库中的模板（只读）：" + name;
		}

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return null;
		}
	}
}
