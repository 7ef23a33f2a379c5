package org.nianbao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nianbao.ui.tests.Workbench.documentOf;
import static org.nianbao.ui.tests.Workbench.example;
import static org.nianbao.ui.tests.Workbench.freshProject;
import static org.nianbao.ui.tests.Workbench.viewerOf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ltk.core.refactoring.CheckConditionsOperation;
import org.eclipse.ltk.core.refactoring.PerformRefactoringOperation;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.ui.references.NianbaoHyperlinkDetector;
import org.nianbao.ui.references.RenameNameRefactoring;

/**
 * Go to definition (hyperlinks) and rename in a real workbench, on a template of the workspace
 * and two reports beside it (the example window-stats split in three files, as the language
 * server's CellReferencesTest has it), with the first report and the template open in editors.
 */
class ReferencesTest {

	static final String JIBAN = "本月共受理办件{办件.受理.合计}件，其中即办件{办件.受理.即办件}件。";

	IProject project;
	IFile templateFile, report1File, report2File;
	String template, report1, report2;
	IWorkbenchPage page;

	@BeforeEach
	void createFiles() throws Exception {
		String example = example("window-stats.nianbao");
		int split = example.indexOf("report 中心2024年11月");
		template = example.substring(0, split);
		report1 = example.substring(split);
		report2 = report1.replace("中心2024年11月", "中心2024年12月").replace(JIBAN,
				"十二月受理{办件.受理.合计}件，月末在办{办件.在办.合计}件。");
		project = freshProject("nianbao-references");
		templateFile = create("template.nianbao", template);
		report1File = create("report1.nianbao", report1);
		report2File = create("report2.nianbao", report2);
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	IFile create(String name, String text) throws Exception {
		IFile f = project.getFile(name);
		f.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		return f;
	}

	@AfterEach
	void close() throws Exception {
		page.closeAllEditors(false);
		project.delete(true, true, new NullProgressMonitor());
	}

	ITextEditor open(IFile file) throws Exception {
		IEditorPart part = IDE.openEditor(page, file);
		return (ITextEditor) part;
	}

	static String contents(IFile file) throws Exception {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void theDetectorIsRegisteredForTheGenericEditor() throws Exception {
		var descriptor = Arrays.stream(EditorsUI.getHyperlinkDetectorRegistry().getHyperlinkDetectorDescriptors())
				.filter(d -> d.getId().equals("org.nianbao.ui.hyperlinks")).findFirst().orElseThrow();
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", descriptor.getTargetId());
		assertTrue(descriptor.createHyperlinkDetectorImplementation() instanceof NianbaoHyperlinkDetector);
	}

	@Test
	void aRowInANarrativePathLinksToItsDeclarationInTheTemplate() throws Exception {
		ITextEditor editor = open(report1File);
		int row = report1.indexOf("{办件.受理.合计}") + "{办件.".length();
		IHyperlink[] links = new NianbaoHyperlinkDetector().detectHyperlinks(viewerOf(editor), new Region(row + 1, 0), false);
		assertNotNull(links, "a hyperlink on 受理");
		assertEquals(1, links.length);
		assertEquals(new Region(row, 2), links[0].getHyperlinkRegion(), "the region is the row's name in the path");

		links[0].open();
		ITextEditor opened = (ITextEditor) page.getActiveEditor();
		assertEquals(templateFile, opened.getEditorInput().getAdapter(IFile.class), "the template is opened");
		ITextSelection selection = (ITextSelection) opened.getSelectionProvider().getSelection();
		assertEquals(template.indexOf("受理 \"一、本月受理\""), selection.getOffset());
		assertEquals("受理", selection.getText(), "the row's declaration is selected");

		// the column of the same path, and a row key of the report's table
		int column = report1.indexOf("{办件.受理.即办件}") + "{办件.受理.".length();
		assertDefinition(editor, column + 2, new Region(column, 3), template.indexOf("即办件 \"即办件\""), "即办件");
		int key = report1.indexOf("      审批类     70") + 6;
		assertDefinition(editor, key, new Region(key, 3), template.indexOf("审批类 \"（一）审批类\""), "审批类");
		// the table of a path
		int table = report1.indexOf("{办件.受理.合计}") + 1;
		assertDefinition(editor, table, new Region(table, 2), template.indexOf("办件 \"窗口办件情况"), "办件");
		// the words of the text are no link
		assertNull(new NianbaoHyperlinkDetector().detectHyperlinks(viewerOf(editor),
				new Region(report1.indexOf("本月共受理办件") + 2, 0), false));
	}

	/** F3 (the Generic Editor's Open Hyperlink) at the cursor goes through the registered detector. */
	@Test
	void f3AtTheCursorOpensTheDeclaration() throws Exception {
		ITextEditor editor = open(report1File);
		editor.setFocus();
		editor.selectAndReveal(report1.indexOf("{办件.受理.即办件}") + "{办件.受理.".length() + 1, 0);
		var bindings = PlatformUI.getWorkbench().getService(org.eclipse.ui.keys.IBindingService.class)
				.getActiveBindingsFor("org.eclipse.ui.edit.text.open.hyperlink");
		assertTrue(Arrays.stream(bindings).anyMatch(b -> b.toString().equals("F3")), Arrays.toString(bindings));
		PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
				.executeCommand("org.eclipse.ui.edit.text.open.hyperlink", null);
		ITextEditor opened = (ITextEditor) page.getActiveEditor();
		assertEquals(templateFile, opened.getEditorInput().getAdapter(IFile.class));
		ITextSelection selection = (ITextSelection) opened.getSelectionProvider().getSelection();
		assertEquals(template.indexOf("即办件 \"即办件\""), selection.getOffset());
		assertEquals("即办件", selection.getText());
	}

	void assertDefinition(ITextEditor from, int offset, Region region, int declaration, String name) throws Exception {
		page.activate(from);
		IHyperlink[] links = new NianbaoHyperlinkDetector().detectHyperlinks(viewerOf(from), new Region(offset, 0), false);
		assertNotNull(links, "a hyperlink on " + name);
		assertEquals(region, links[0].getHyperlinkRegion());
		links[0].open();
		ITextEditor opened = (ITextEditor) page.getActiveEditor();
		ITextSelection selection = (ITextSelection) opened.getSelectionProvider().getSelection();
		assertEquals(templateFile, opened.getEditorInput().getAdapter(IFile.class));
		assertEquals(declaration, selection.getOffset(), name);
		assertEquals(name, selection.getText());
	}

	@Test
	void aFormulaInTheTemplateLinksToTheColumnItAdds() throws Exception {
		ITextEditor editor = open(templateFile);
		int use = template.indexOf("= 即办件 + 承诺件") + 2;
		IHyperlink[] links = new NianbaoHyperlinkDetector().detectHyperlinks(viewerOf(editor), new Region(use, 0), false);
		assertEquals(new Region(use, 3), links[0].getHyperlinkRegion());
		links[0].open();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(template.indexOf("即办件 \"即办件\""), selection.getOffset());
	}

	@Test
	void aPathIntoALibraryTemplateOpensItReadOnlyAtTheRow() throws Exception {
		String gangkou = example("gangkou-2024.nianbao")
				.replace("共受理政府信息公开申请27件", "共受理政府信息公开申请{申请.新收.总计}件");
		IFile file = create("gangkou-2024.nianbao", gangkou);
		ITextEditor editor = open(file);
		int row = gangkou.indexOf("{申请.新收.总计}") + "{申请.".length();
		IHyperlink[] links = new NianbaoHyperlinkDetector().detectHyperlinks(viewerOf(editor), new Region(row, 0), false);
		assertEquals(new Region(row, 2), links[0].getHyperlinkRegion());
		links[0].open();
		ITextEditor opened = (ITextEditor) page.getActiveEditor();
		assertEquals("gov-2021.nianbao", opened.getEditorInput().getName());
		assertFalse(opened.isEditable(), "a library template is shown read-only");
		ITextSelection selection = (ITextSelection) opened.getSelectionProvider().getSelection();
		assertEquals("新收", selection.getText());
		String library = documentOf(opened).get();
		assertEquals(library.indexOf("新收 \"一、本年新收"), selection.getOffset());
	}

	@Test
	void lastYearsReportIsALink() throws Exception {
		String gangkou = example("gangkou-2024.nianbao");
		IFile last = create("gangkou-2023.nianbao", gangkou.replace("港口镇2024", "港口镇2023").replace("年度 2024", "年度 2023"));
		String withLast = gangkou.replace("  发布 \"2025-01-16\"\n", "  发布 \"2025-01-16\"\n  上年 \"gangkou-2023.nianbao\"\n");
		IFile file = create("gangkou-2024.nianbao", withLast);
		ITextEditor editor = open(file);
		int path = withLast.indexOf("\"gangkou-2023.nianbao\"");
		IHyperlink[] links = new NianbaoHyperlinkDetector().detectHyperlinks(viewerOf(editor), new Region(path + 3, 0), false);
		assertNotNull(links);
		assertEquals(new Region(path, "\"gangkou-2023.nianbao\"".length()), links[0].getHyperlinkRegion());
		links[0].open();
		assertEquals(last, page.getActiveEditor().getEditorInput().getAdapter(IFile.class), "last year's report is opened");
	}

	/** From the template's declaration: the template and both reports, open or not, exactly at the names. */
	@Test
	void renamingATemplateRowChangesExactlyItsNamesInTheTemplateAndBothReportsAndOneUndoRestoresThem() throws Exception {
		ITextEditor report1Editor = open(report1File);
		ITextEditor templateEditor = open(templateFile);
		RenameNameRefactoring rename = new RenameNameRefactoring(templateFile, template.indexOf("受理 \"一、本月受理\""));
		rename.setNewName("受理数");
		RefactoringStatus status = perform(rename);
		assertTrue(status.isOK(), status.toString());
		assertEquals("受理", rename.currentName());

		String template2 = template.replace("受理 \"一、本月受理\"", "受理数 \"一、本月受理\"").replace("受理 == 小计", "受理数 == 小计");
		String report1b = report1.replace("{办件.受理.", "{办件.受理数.").replace("      受理      120", "      受理数      120");
		String report2b = report2.replace("{办件.受理.", "{办件.受理数.").replace("      受理      120", "      受理数      120");
		assertEquals(template2, documentOf(templateEditor).get(), "the open template");
		assertEquals(report1b, documentOf(report1Editor).get(), "the open report");
		assertEquals(report2b, contents(report2File), "the report that is not open");
		// documents that had no unsaved changes are saved with the change
		assertEquals(report1b, contents(report1File));
		assertFalse(report1Editor.isDirty());

		// the rename is the open editors' last undoable operation too (Ctrl+Z there undoes it whole, after
		// Eclipse asks whether to undo in other files as well)
		var history = org.eclipse.core.commands.operations.OperationHistoryFactory.getOperationHistory();
		var editorContext = ((org.eclipse.jface.text.IUndoManagerExtension) ((org.eclipse.jface.text.ITextViewerExtension6) viewerOf(
				report1Editor)).getUndoManager()).getUndoContext();
		var last = history.getUndoOperation(editorContext);
		assertNotNull(last);
		assertTrue(last.hasContext(org.eclipse.ui.ide.undo.WorkspaceUndoUtil.getWorkspaceUndoContext()), last.getLabel());
		assertEquals(last, history.getUndoOperation(org.eclipse.ui.ide.undo.WorkspaceUndoUtil.getWorkspaceUndoContext()));
		// undone as from outside the editors (no question asked), in the workspace's undo context
		org.eclipse.core.runtime.IAdaptable fromRefactoring = new org.eclipse.core.runtime.IAdaptable() {
			@Override
			public <T> T getAdapter(Class<T> adapter) {
				return adapter == org.eclipse.core.commands.operations.IUndoContext.class
						? adapter.cast(org.eclipse.ui.ide.undo.WorkspaceUndoUtil.getWorkspaceUndoContext())
						: null;
			}
		};
		assertTrue(history.undo(org.eclipse.ui.ide.undo.WorkspaceUndoUtil.getWorkspaceUndoContext(), new NullProgressMonitor(), fromRefactoring).isOK());
		assertEquals(template, documentOf(templateEditor).get());
		assertEquals(report1, documentOf(report1Editor).get());
		assertEquals(report2, contents(report2File));
	}

	@Test
	void renamingAColumnFromAReportsNarrativePathLeavesTheOtherReportAlone() throws Exception {
		ITextEditor report1Editor = open(report1File);
		RenameNameRefactoring rename = new RenameNameRefactoring(report1File,
				report1.indexOf("{办件.受理.即办件}") + "{办件.受理.".length() + 1);
		rename.setNewName("即时办结");
		RefactoringStatus status = perform(rename);
		assertTrue(status.isOK(), status.toString());
		assertEquals(report1.replace("{办件.受理.即办件}", "{办件.受理.即时办结}"), documentOf(report1Editor).get());
		assertEquals(template.replace("即办件 \"即办件\"", "即时办结 \"即办件\"").replace("= 即办件 + 承诺件", "= 即时办结 + 承诺件"),
				contents(templateFile));
		assertEquals(report2, contents(report2File), "report2 does not name the column");
	}

	@Test
	void aClashingNameALibraryTemplateAndNoNameAreRefusedInChineseWithNoEdit() throws Exception {
		ITextEditor report1Editor = open(report1File);
		RenameNameRefactoring clash = new RenameNameRefactoring(templateFile, template.indexOf("即办件 \"即办件\""));
		clash.setNewName("承诺件");
		RefactoringStatus status = perform(clash);
		assertTrue(status.hasFatalError());
		assertEquals("不能重命名为“承诺件”：表「办件」的列中已有「承诺件」", status.getMessageMatchingSeverity(RefactoringStatus.FATAL));

		RenameNameRefactoring notAName = new RenameNameRefactoring(templateFile, template.indexOf("即办件 \"即办件\""));
		notAName.setNewName("1件");
		assertTrue(perform(notAName).getMessageMatchingSeverity(RefactoringStatus.FATAL).contains("不是合法的名称"));

		IFile gangkou = create("gangkou-2024.nianbao", example("gangkou-2024.nianbao"));
		String text = contents(gangkou);
		RenameNameRefactoring library = new RenameNameRefactoring(gangkou, text.indexOf("      新收") + 7);
		library.setNewName("本年新收");
		assertEquals("库中的模板不能重命名：gov-2021.nianbao",
				perform(library).getMessageMatchingSeverity(RefactoringStatus.FATAL));

		RenameNameRefactoring nothing = new RenameNameRefactoring(report1File, report1.indexOf("某市政务服务中心") + 1);
		nothing.setNewName("甲");
		assertEquals("此处没有可重命名的表、行或列", perform(nothing).getMessageMatchingSeverity(RefactoringStatus.FATAL));

		assertEquals(template, contents(templateFile));
		assertEquals(report1, documentOf(report1Editor).get());
		assertEquals(report2, contents(report2File));
		assertEquals(text, contents(gangkou));
	}

	@Test
	void renameIsAltShiftRAndInTheEditorsContextMenu() throws Exception {
		open(report1File).setFocus();
		var bindings = PlatformUI.getWorkbench().getService(org.eclipse.ui.keys.IBindingService.class)
				.getActiveBindingsFor("org.nianbao.ui.rename");
		assertTrue(Arrays.stream(bindings).anyMatch(b -> b.toString().equals("ALT+SHIFT+R")), Arrays.toString(bindings));
		var command = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class)
				.getCommand("org.nianbao.ui.rename");
		assertTrue(command.isDefined());
		assertTrue(command.isHandled(), "the handler is active in a .nianbao editor");
	}

	static RefactoringStatus perform(RenameNameRefactoring refactoring) throws Exception {
		PerformRefactoringOperation op = new PerformRefactoringOperation(refactoring, CheckConditionsOperation.ALL_CONDITIONS);
		ResourcesPlugin.getWorkspace().run(op, new NullProgressMonitor());
		return op.getConditionStatus();
	}
}
