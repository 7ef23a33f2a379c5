package org.nianbao.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.ui.texteditor.ITextEditor;

/** What the workbench tests share: the checkout's files, a fresh project, an editor's document and viewer. */
final class Workbench {
	private Workbench() {
	}

	/** The checkout (system property {@code nianbao.root}, set by the pom). */
	static Path root() {
		return Paths.get(System.getProperty("nianbao.root", "../..")).toAbsolutePath().normalize();
	}

	/** The text of a file of {@code examples/}. */
	static String example(String name) throws IOException {
		return Files.readString(root().resolve("examples").resolve(name), StandardCharsets.UTF_8);
	}

	/** An empty open project of that name, UTF-8 (one left by an earlier run is deleted). */
	static IProject freshProject(String name) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		project.setDefaultCharset("UTF-8", null);
		return project;
	}

	static IDocument documentOf(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static ITextViewer viewerOf(ITextEditor editor) {
		return (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
	}
}
