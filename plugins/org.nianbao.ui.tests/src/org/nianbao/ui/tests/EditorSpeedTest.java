package org.nianbao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nianbao.ui.editor.NianbaoContentAssistProcessor;
import org.nianbao.ui.editor.NianbaoTextHover;

/**
 * Hover and completion on a 300-line report in the workbench, timed: right after an edit (the
 * request parses and links the new text: what a user who hovers or completes while typing waits for)
 * and on an unchanged text (the document's model is shared). It prints the median and p95 of each
 * and writes them to {@code target/eclipse-speed.md}, which {@code tools/bench.sh --eclipse-only}
 * prints; it asserts what the requests answer, never how fast (the target, ≤ 50 ms, is the bench's).
 * Runs per measurement: system property {@code nianbao.speed.runs} (the pom's default is small).
 */
class EditorSpeedTest {

	static final String MARKER = "共受理政府信息公开申请";

	IProject project;
	ITextEditor editor;
	IDocument document;
	ITextViewer viewer;
	Path out;

	@BeforeEach
	void openLongReport() throws Exception {
		out = Workbench.root().resolve("plugins/org.nianbao.ui.tests/target/eclipse-speed.md");
		String base = Workbench.example("gangkou-2024.nianbao")
				.replace(MARKER + "27件", MARKER + "{申请.新收.总计}件");
		// as the language server's bench: narrative lines up to 300 lines
		StringBuilder narrative = new StringBuilder();
		for (int i = (int) base.lines().count(); i < 300; i++) {
			narrative.append("第").append(i).append("行：依申请公开工作总体平稳，申请内容主要集中在土地征收、规划许可等方面。\n");
		}
		String text = base.replaceFirst("text \"\"\"", "text \"\"\"" + narrative);
		assertEquals(300, text.lines().count());
		project = Workbench.freshProject("nianbao-speed");
		IFile file = project.getFile("long-2024.nianbao");
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		editor = (ITextEditor) IDE.openEditor(page, file);
		document = Workbench.documentOf(editor);
		viewer = Workbench.viewerOf(editor);
	}

	@AfterEach
	void close() throws Exception {
		editor.getSite().getPage().closeEditor(editor, false);
		project.delete(true, true, new NullProgressMonitor());
	}

	@Test
	void hoverAndCompletionOnA300LineReport() throws Exception {
		int runs = Integer.getInteger("nianbao.speed.runs", 20);
		String row = "新收            24 2 0 0 0 0 26";
		int total = document.get().indexOf(row) + row.length() - 1;
		int path = document.get().indexOf("{申请.新收.总计}") + 3;
		int columns = document.get().indexOf("{申请.新收.总计}") + "{申请.新收.".length();
		int key = document.get().indexOf("      上年结转") + 6;
		int edited = document.get().indexOf("第100行：");
		NianbaoTextHover hover = new NianbaoTextHover();
		NianbaoContentAssistProcessor completion = new NianbaoContentAssistProcessor();

		List<String> lines = new ArrayList<>();
		lines.add("| Eclipse, 300-line report, " + runs + " runs each | after an edit | unchanged text |");
		lines.add("|---|---|---|");
		lines.add(measure("hover on a total cell", runs, edited, () -> hover.getHoverInfo(viewer, new Region(total, 0)),
				h -> assertTrue(h.contains("24 + 2 + 0 + 0 + 0 + 0 = 26"), h)));
		lines.add(measure("hover on a narrative path `{申请.新收.总计}`", runs, edited,
				() -> hover.getHoverInfo(viewer, new Region(path, 0)), h -> assertTrue(h.startsWith("{申请.新收.总计} = 26"), h)));
		lines.add(measure("completion inside `{申请.新收.}` (columns)", runs, edited,
				() -> completion.computeCompletionProposals(viewer, columns),
				p -> assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
						NianbaoEditorTest.names(p))));
		lines.add(measure("completion at a row key (grammar and template rows)", runs, edited,
				() -> completion.computeCompletionProposals(viewer, key),
				p -> assertTrue(NianbaoEditorTest.names(p).contains("上年结转"), NianbaoEditorTest.names(p).toString())));
		String table = String.join("\n", lines) + "\n";
		System.out.print(table);
		Files.createDirectories(out.getParent());
		Files.writeString(out, table, StandardCharsets.UTF_8);
	}

	/** One line of the table: median and p95 after an edit, then on the unchanged text. */
	<T> String measure(String what, int runs, int edited, Supplier<T> request, java.util.function.Consumer<T> check)
			throws Exception {
		List<Double> afterEdit = new ArrayList<>();
		List<Double> unchanged = new ArrayList<>();
		for (int i = -5; i < runs; i++) { // five to warm up
			// one character of a narrative line changes: a new text, which the request parses
			document.replace(edited, 1, i % 2 == 0 ? "第" : "弟");
			long start = System.nanoTime();
			T first = request.get();
			double ms = (System.nanoTime() - start) / 1e6;
			start = System.nanoTime();
			T second = request.get();
			double warm = (System.nanoTime() - start) / 1e6;
			check.accept(first);
			check.accept(second);
			if (i >= 0) {
				afterEdit.add(ms);
				unchanged.add(warm);
			}
		}
		document.replace(edited, 1, "第");
		return "| " + what + " | " + stats(afterEdit) + " | " + stats(unchanged) + " |";
	}

	static String stats(List<Double> ms) {
		List<Double> sorted = new ArrayList<>(ms);
		Collections.sort(sorted);
		double median = sorted.get(sorted.size() / 2);
		double p95 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
		return String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms", median, p95);
	}
}
