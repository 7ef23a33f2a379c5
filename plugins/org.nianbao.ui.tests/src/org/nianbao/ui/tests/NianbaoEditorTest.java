package org.nianbao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.ide.outline.ReportOutline;
import org.nianbao.ui.editor.DocumentModels;
import org.nianbao.ui.editor.NianbaoContentAssistProcessor;
import org.nianbao.ui.editor.NianbaoTextHover;
import org.nianbao.ui.editor.ParsedDocument;
import org.nianbao.ui.markers.ProblemMarkers;
import org.nianbao.ui.outline.NianbaoOutlinePage;

/** A real IDE workbench: open an example, plant a fault, see the marker, apply the quick fix. */
class NianbaoEditorTest {

	static final String ROW = "新收            24 2 0 0 0 0 26";

	IProject project;
	IFile file;
	ITextEditor editor;
	IDocument document;

	@BeforeEach
	void openExample() throws Exception {
		byte[] example = Files.readAllBytes(Workbench.root().resolve("examples/gangkou-2024.nianbao"));
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("nianbao-test");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		file = project.getFile("gangkou-2024.nianbao");
		if (file.exists()) {
			file.delete(true, null);
		}
		file.create(new ByteArrayInputStream(example), true, null);
		file.setCharset("UTF-8", null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart part = IDE.openEditor(page, file);
		assertTrue(part.getClass().getName().contains("genericeditor"), part.getClass().getName());
		editor = (ITextEditor) part;
		document = Workbench.documentOf(editor);
		// the initial reconcile has run once the file carries our markers' first verdict
		waitFor(() -> document.get().contains(ROW) ? Boolean.TRUE : null, "document loaded");
		waitFor(() -> arithmeticMarkers().isEmpty() ? Boolean.TRUE : null, "the example has no arithmetic errors");
	}

	@AfterEach
	void close() throws Exception {
		// ITextEditor.close is asynchronous: the next test would find this editor (and its buffer) again
		editor.getSite().getPage().closeEditor(editor, false);
		project.delete(true, true, new NullProgressMonitor());
	}

	@Test
	void aWrongTotalGetsAMarkerOnItsCellAndTheQuickFixRemovesIt() throws Exception {
		int cell = document.get().indexOf(ROW) + ROW.length() - 2;
		document.replace(cell, 2, "27");
		int line = document.getLineOfOffset(cell) + 1;

		IMarker marker = waitFor(() -> arithmeticMarkers().stream()
				.filter(m -> m.getAttribute(IMarker.CHAR_START, -1) == cell).findFirst().orElse(null),
				"a marker on the planted cell");
		assertEquals(line, marker.getAttribute(IMarker.LINE_NUMBER, -1));
		assertEquals(cell + 2, marker.getAttribute(IMarker.CHAR_END, -1));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		assertTrue(message.startsWith("[NB1"), message);
		assertTrue(message.contains("26"), "says what the value should be: " + message);

		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertTrue(fixes.length > 0, "a quick fix is offered");
		IMarkerResolution setTo26 = Arrays.stream(fixes).filter(f -> f.getLabel().contains("26")).findFirst()
				.orElseThrow(() -> new AssertionError(Arrays.toString(Arrays.stream(fixes).map(IMarkerResolution::getLabel).toArray())));
		setTo26.run(marker);

		assertTrue(document.get().contains(ROW), "the cell reads 26 again");
		waitFor(() -> arithmeticMarkers().isEmpty() ? Boolean.TRUE : null, "the marker is gone");
	}

	/** Inside `{…}`: the tables, then the table's rows, then its columns, each once; a proposal completes the name typed. */
	@Test
	void contentAssistInNarrativeProposesTablesThenRowsThenColumns() throws Exception {
		String marker = "共受理政府信息公开申请";
		int at = document.get().indexOf(marker) + marker.length();
		document.replace(at, 0, "{申请.新收.总");
		ITextViewer viewer = Workbench.viewerOf(editor);
		NianbaoContentAssistProcessor processor = new NianbaoContentAssistProcessor();
		ICompletionProposal[] proposals = processor.computeCompletionProposals(viewer, at + "{申请.新收.总".length());
		assertEquals(List.of("总计 — 总计"), Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList());
		proposals[0].apply(document);
		assertEquals("{申请.新收.总计27件", document.get().substring(at, at + "{申请.新收.总计27件".length()), "the name typed is completed");

		assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
				names(processor.computeCompletionProposals(viewer, at + "{申请.新收.".length())));
		assertEquals(List.of("规章文件", "行政许可", "处罚强制", "收费", "申请", "复议诉讼"),
				names(processor.computeCompletionProposals(viewer, at + 1)));
		List<String> rows = names(processor.computeCompletionProposals(viewer, at + "{申请.".length()));
		assertEquals(25, rows.size(), rows.toString());
		assertEquals(rows.stream().distinct().toList(), rows, "no duplicates");
		assertEquals(List.of("新收", "上年结转", "予以公开"), rows.subList(0, 3));
		assertEquals(List.of("逾期不补正", "逾期未缴费", "其他", "总计", "结转下年"), rows.subList(20, 25));
	}

	/** The names proposed (the display string is "name — labels"). */
	static List<String> names(ICompletionProposal[] proposals) {
		return Arrays.stream(proposals).map(p -> p.getDisplayString().split(" — ")[0]).toList();
	}

	@Test
	void generateWritesHtmlAndDocxBesideTheFile() throws Exception {
		List<java.nio.file.Path> written = org.nianbao.ui.commands.GenerateHandler.generate(file);
		java.nio.file.Path dir = file.getParent().getLocation().toFile().toPath();
		assertEquals(List.of(dir.resolve("gangkou-2024.html"), dir.resolve("gangkou-2024.docx")), written);
		String html = Files.readString(written.get(0), StandardCharsets.UTF_8);
		assertTrue(html.contains("港口镇2024年政府信息公开工作年度报告"), "the title is in the page");
		try (java.util.zip.ZipFile docx = new java.util.zip.ZipFile(written.get(1).toFile())) {
			assertNotNull(docx.getEntry("word/document.xml"), "a Word document");
		}
	}

	@Test
	void sectionsAndTablesFoldAsWholeLines() throws Exception {
		ITextViewer viewer = Workbench.viewerOf(editor);
		assertTrue(viewer instanceof org.eclipse.jface.text.source.projection.ProjectionViewer, viewer.getClass().getName());
		var model = ((org.eclipse.jface.text.source.projection.ProjectionViewer) viewer).getProjectionAnnotationModel();
		assertNotNull(model, "projection (folding) is enabled");
		String text = document.get();
		int section = text.lastIndexOf('\n', text.indexOf("section 依申请公开")) + 1;
		int table = text.lastIndexOf('\n', text.indexOf("table 申请 {")) + 1;
		List<org.eclipse.jface.text.Position> folds = waitFor(() -> {
			List<org.eclipse.jface.text.Position> found = new java.util.ArrayList<>();
			model.getAnnotationIterator().forEachRemaining(a -> found.add(model.getPosition(a)));
			return found.stream().anyMatch(p -> p.getOffset() == section) ? found : null;
		}, "a fold starting on the line of section 依申请公开");
		org.eclipse.jface.text.Position sectionFold = folds.stream().filter(p -> p.getOffset() == section).findFirst()
				.orElseThrow();
		assertTrue(sectionFold.getOffset() + sectionFold.getLength() > text.indexOf("结转下年"),
				"the section's fold covers its table");
		assertTrue(folds.stream().anyMatch(p -> p.getOffset() == table), "the table folds on its own");
		// the language's folds, not the Generic Editor's indentation folds: the report itself does not fold
		int report = text.lastIndexOf('\n', text.indexOf("report 港口镇2024")) + 1;
		assertTrue(folds.stream().noneMatch(p -> p.getOffset() == report), "the report block does not fold: " + folds);
		for (org.eclipse.jface.text.Position p : folds) {
			int end = p.getOffset() + p.getLength();
			assertTrue(p.getOffset() == 0 || text.charAt(p.getOffset() - 1) == '\n', "a fold starts a line: " + p);
			assertTrue(end == text.length() || text.charAt(end - 1) == '\n', "a fold ends a line: " + p);
		}
	}

	@Test
	void theOutlineListsSectionsAndTables() {
		IContentOutlinePage page = editor.getAdapter(IContentOutlinePage.class);
		assertNotNull(page, "the Generic Editor adapts to our outline page");
		List<ReportOutline.Item> items = ((NianbaoOutlinePage) page).items();
		assertEquals("港口镇2024", items.get(0).name());
		assertEquals(List.of("总体情况", "主动公开", "依申请公开", "复议诉讼", "问题改进", "其他事项"),
				items.get(0).children().stream().map(ReportOutline.Item::name).toList());
	}

	@Test
	void oneModelPerTextIsSharedAndUnchangedSiblingsAreNotReadAgain() throws Exception {
		IFile sibling = project.getFile("beside.nianbao");
		sibling.create(new ByteArrayInputStream(SIBLING.getBytes(StandardCharsets.UTF_8)), true, null);
		document.replace(0, 0, "// edit 1\n");
		ParsedDocument first = DocumentModels.of(document);
		assertSame(first, DocumentModels.of(document), "an unchanged text is not parsed again");
		// hover, completion and the outline read the same model: none of them parses
		ITextViewer viewer = Workbench.viewerOf(editor);
		int cell = document.get().indexOf(ROW) + ROW.length() - 1;
		assertNotNull(new NianbaoTextHover().getHoverInfo(viewer, new org.eclipse.jface.text.Region(cell, 0)));
		new NianbaoContentAssistProcessor().computeCompletionProposals(viewer, cell);
		((NianbaoOutlinePage) editor.getAdapter(IContentOutlinePage.class)).items();
		assertSame(first, DocumentModels.of(document), "the services share the document's model");

		int reads = DocumentModels.siblingReads();
		document.replace(0, 0, "// edit 2\n");
		ParsedDocument second = DocumentModels.of(document);
		assertNotSame(first, second, "a new text is a new model");
		assertTrue(second.text().startsWith("// edit 2"), second.text().substring(0, 20));
		assertEquals(reads, DocumentModels.siblingReads(), "the unchanged sibling is not read again");

		sibling.setContents(new ByteArrayInputStream((SIBLING + "// changed\n").getBytes(StandardCharsets.UTF_8)),
				true, false, null);
		document.replace(0, 0, "// edit 3\n");
		DocumentModels.of(document);
		assertEquals(reads + 1, DocumentModels.siblingReads(), "a changed sibling is read once");
	}

	static final String SIBLING = """
			template 旁边的模板 "一个用户模板" {
			  section 甲 "一、甲" {
			    table 表甲 "表甲" {
			      columns { 件数 "件数" }
			      rows { 一 "一" }
			    }
			  }
			}
			""";

	@Test
	void formatCommandMakesTheDocumentWhatTheCliFormatterMakesOfIt() throws Exception {
		String messy = "新收 24    2 0 0 0 0 26";
		int at = document.get().indexOf(ROW);
		document.replace(at, ROW.length(), messy);
		editor.setFocus();
		PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
				.executeCommand("org.nianbao.ui.format", null);
		String formatted = document.get();
		assertFalse(formatted.contains(messy), "the row is formatted");
		List<String> rows = formatted.lines().filter(l -> l.strip().startsWith("新收") || l.strip().startsWith("上年结转"))
				.toList();
		assertEquals(2, rows.size(), formatted);
		assertEquals(displayWidth(rows.get(0)), displayWidth(rows.get(1)), "the rows' cells align: " + rows);
		assertTrue(rows.get(0).strip().matches("新收 +24 +2 +0 +0 +0 +0 +26"), rows.get(0));
		assertNull(org.nianbao.ui.commands.FormatHandler.format(document), "formatted text formats to itself");
		assertEquals(formatted, document.get(), "idempotent");

		var bindings = PlatformUI.getWorkbench().getService(org.eclipse.ui.keys.IBindingService.class)
				.getActiveBindingsFor("org.nianbao.ui.format");
		assertTrue(Arrays.stream(bindings).anyMatch(b -> b.toString().equals("CTRL+SHIFT+F")), Arrays.toString(bindings));

		document.replace(0, 0, "report {{{ ");
		String broken = document.get();
		assertNotNull(org.nianbao.ui.commands.FormatHandler.format(document), "a syntax error is said");
		assertEquals(broken, document.get(), "a document with syntax errors is left as it is");
	}

	/** Columns on screen: a Chinese character takes two. */
	static int displayWidth(String line) {
		return line.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 2 : 1).sum();
	}

	@Test
	void codeMiningsShowTheRelationChecksAndTheExpectedValueOfAWrongTotal() throws Exception {
		ITextViewer viewer = Workbench.viewerOf(editor);
		var provider = new org.nianbao.ui.editor.NianbaoCodeMinings();
		List<org.eclipse.jface.text.codemining.ICodeMining> intact = provider.minings(viewer, document);
		List<String> headers = intact.stream().filter(m -> m instanceof org.nianbao.ui.editor.NianbaoCodeMinings.Header)
				.map(org.eclipse.jface.text.codemining.ICodeMining::getLabel).toList();
		int tables = 0;
		for (int at = document.get().indexOf("    table "); at >= 0; at = document.get().indexOf("    table ", at + 1)) {
			tables++;
		}
		assertEquals(tables, headers.size(), headers.toString());
		assertTrue(headers.stream().allMatch("勾稽关系 ✓"::equals), headers.toString());

		int cell = document.get().indexOf(ROW) + ROW.length() - 2;
		document.replace(cell, 2, "27");
		List<org.eclipse.jface.text.codemining.ICodeMining> broken = provider.minings(viewer, document);
		var expected = broken.stream().filter(m -> "应为 26".equals(m.getLabel())).findFirst()
				.orElseThrow(() -> new AssertionError(broken.stream().map(m -> m.getLabel()).toList().toString()));
		// after the cell's last character
		assertEquals(cell + 1, expected.getPosition().getOffset());
		var header = broken.stream().filter(m -> m instanceof org.nianbao.ui.editor.NianbaoCodeMinings.Header)
				.filter(m -> m.getLabel().endsWith("处勾稽关系不符")).toList();
		assertEquals(1, header.size(), "one table is broken");
		assertEquals(document.getLineOfOffset(document.get().indexOf("table 申请 {")),
				document.getLineOfOffset(header.get(0).getPosition().getOffset()));
		assertNotNull(header.get(0).getAction(), "a broken check is clickable");
		header.get(0).getAction().accept(null);
		assertEquals(cell, viewer.getSelectedRange().x, "the click selects the cell the first broken relation is blamed on");
	}

	@Test
	void hoverOnANarrativeExpressionShowsItsValue() throws Exception {
		ITextViewer viewer = Workbench.viewerOf(editor);
		String marker = "共受理政府信息公开申请";
		int at = document.get().indexOf(marker) + marker.length();
		document.replace(at, 0, "{申请.新收.总计}");
		String hover = new org.nianbao.ui.editor.NianbaoTextHover().getHoverInfo(viewer,
				new org.eclipse.jface.text.Region(at + 3, 0));
		assertNotNull(hover);
		// the example's 新收 总计 is 26
		assertTrue(hover.startsWith("{申请.新收.总计} = 26"), hover);
	}

	List<IMarker> arithmeticMarkers() {
		try {
			return Arrays.stream(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
					.filter(m -> m.getAttribute(ProblemMarkers.CODE, "").startsWith("NB1")).toList();
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** Spins the UI event loop (the test runs on the UI thread) until the supplier answers. */
	static <T> T waitFor(Supplier<T> condition, String what) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + 60_000;
		while (System.currentTimeMillis() < end) {
			T value = condition.get();
			if (value != null) {
				return value;
			}
			display.timerExec(100, () -> {
			});
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		throw new AssertionError("timed out waiting for: " + what);
	}
}
