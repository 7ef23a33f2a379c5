package org.nianbao.ui.references;

import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.xtext.ide.server.Document;
import org.nianbao.ide.references.CellReferences;
import org.nianbao.nianbao.Node;
import org.nianbao.nianbao.TableDef;
import org.nianbao.ui.NianbaoUi;

/**
 * Renames the table, row or column named at an offset of a file: the edits are the language
 * server's ({@link CellReferences#rename}: the declaration, the template's formulas and rules, every
 * report's row keys and table names and narrative paths, nothing else), over the files of the
 * folder ({@link FolderWorkspace}), applied as one change (open documents edited in place, the other
 * files written) that one undo takes back whole (LTK's refactoring undo). A library
 * template, a name that is no name, or one that clashes is refused with a Chinese message and no edit.
 */
public class RenameNameRefactoring extends Refactoring {

	private final IFile file;
	private final int offset;
	private final CellReferences references = NianbaoUi.getDefault().getInjector().getInstance(CellReferences.class);
	private FolderWorkspace workspace;
	private URI target;
	private String currentName;
	private String newName;
	private WorkspaceEdit edit;

	public RenameNameRefactoring(IFile file, int offset) {
		this.file = file;
		this.offset = offset;
	}

	@Override
	public String getName() {
		return "重命名表、行或列";
	}

	/** The name the target has now (after {@link #checkInitialConditions}). */
	public String currentName() {
		return currentName;
	}

	public void setNewName(String newName) {
		this.newName = newName;
	}

	@Override
	public RefactoringStatus checkInitialConditions(IProgressMonitor pm) throws CoreException {
		workspace = new FolderWorkspace(file.getParent());
		target = references.targetAt(workspace.resource(file), offset);
		if (target == null) {
			return RefactoringStatus.createFatalErrorStatus("此处没有可重命名的表、行或列");
		}
		if (workspace.file(target) == null) {
			return RefactoringStatus.createFatalErrorStatus("库中的模板不能重命名：" + target.trimFragment().lastSegment());
		}
		EObject declared = workspace.resource(workspace.file(target)).getEObject(target.fragment());
		currentName = declared instanceof Node n ? n.getName() : declared instanceof TableDef t ? t.getName() : null;
		return new RefactoringStatus();
	}

	@Override
	public RefactoringStatus checkFinalConditions(IProgressMonitor pm) {
		if (newName == null || newName.equals(currentName)) {
			return RefactoringStatus.createFatalErrorStatus("请输入一个新名称");
		}
		try {
			edit = references.rename(workspace, target, newName);
		} catch (IllegalArgumentException e) {
			return RefactoringStatus.createFatalErrorStatus(e.getMessage());
		}
		return new RefactoringStatus();
	}

	@Override
	public Change createChange(IProgressMonitor pm) {
		CompositeChange change = new CompositeChange("将“" + currentName + "”重命名为“" + newName + "”");
		for (Map.Entry<String, List<TextEdit>> e : edit.getChanges().entrySet()) {
			URI uri = URI.createURI(e.getKey());
			IFile changed = workspace.file(uri);
			Document lines = workspace.document(uri);
			MultiTextEdit edits = new MultiTextEdit();
			for (TextEdit t : e.getValue()) {
				Region name = Ranges.region(lines, t.getRange());
				edits.addChild(new ReplaceEdit(name.getOffset(), name.getLength(), t.getNewText()));
			}
			TextFileChange fileChange = new TextFileChange(changed.getName(), changed);
			fileChange.setEdit(edits);
			// an open document stays as dirty as it was; a file not open or unchanged is saved
			fileChange.setSaveMode(TextFileChange.KEEP_SAVE_STATE);
			change.add(fileChange);
		}
		return change;
	}
}
