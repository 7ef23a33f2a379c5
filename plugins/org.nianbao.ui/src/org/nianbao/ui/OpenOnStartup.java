package org.nianbao.ui;

import java.io.File;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Opens the files named by the system property `nianbao.open` (comma-separated, each optionally
 * `FILE:LINE`) when the workbench starts: each is linked into the project "Nianbao" (the file stays
 * where it is), opened, and scrolled to the line.
 */
public class OpenOnStartup implements IStartup {

	public static final String PROPERTY = "nianbao.open";

	@Override
	public void earlyStartup() {
		String files = System.getProperty(PROPERTY);
		if (files == null || files.isBlank()) {
			return;
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			for (String name : files.split(",")) {
				try {
					java.util.regex.Matcher m = LINE.matcher(name.trim());
					boolean hasLine = m.matches();
					open(new File(hasLine ? m.group(1) : name.trim()).getAbsoluteFile(),
							hasLine ? Integer.parseInt(m.group(2)) : 0);
				} catch (CoreException | RuntimeException e) {
					System.err.println("nianbao: 无法打开 " + name + ": " + e);
					NianbaoUi.getDefault().getLog().error("cannot open " + name, e);
				}
			}
		});
	}

	private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("(.*):(\\d+)");

	private static void open(File file, int line) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Nianbao");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile link = project.getFile(file.getName());
		if (!link.exists()) {
			link.createLink(new Path(file.getPath()), IResource.REPLACE, null);
		}
		// without a window manager (Xvfb) no window is ever "active": take the first one
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			throw new CoreException(org.eclipse.core.runtime.Status.error("没有可用的工作台窗口 (no workbench window)"));
		}
		IEditorPart editor = IDE.openEditor(page, link);
		// a line on the console: scripts (screenshot.sh) wait for it
		System.err.println("nianbao: 已打开 " + file + " (opened)");
		if (line > 0 && editor instanceof ITextEditor text) {
			IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
			try {
				text.selectAndReveal(document.getLineOffset(Math.min(line, document.getNumberOfLines()) - 1), 0);
			} catch (BadLocationException e) {
				// a line past the end: the file stays at its top
			}
		}
	}
}
