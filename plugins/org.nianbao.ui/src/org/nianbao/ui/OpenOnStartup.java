package org.nianbao.ui;

import java.io.File;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * Opens the files named by the system property `nianbao.open` (comma-separated) when the workbench
 * starts: each is linked into the project "Nianbao" (the file stays where it is) and opened.
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
					open(new File(name.trim()).getAbsoluteFile());
				} catch (CoreException e) {
					NianbaoUi.getDefault().getLog().log(e.getStatus());
				}
			}
		});
	}

	private static void open(File file) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("Nianbao");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile link = project.getFile(file.getName());
		if (!link.exists()) {
			link.createLink(new Path(file.getPath()), IResource.REPLACE, null);
		}
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IDE.openEditor(page, link);
	}
}
