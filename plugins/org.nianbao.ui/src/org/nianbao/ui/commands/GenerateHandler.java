package org.nianbao.ui.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.generator.Publisher;
import org.nianbao.generator.model.ArithmeticComputer;
import org.nianbao.generator.model.ReportView;
import org.nianbao.nianbao.Report;
import org.nianbao.ui.NianbaoUi;
import org.nianbao.ui.editor.ParsedDocument;
import org.nianbao.validation.Finding;

/**
 * "Generate HTML and DOCX" on a `.nianbao` file: validates it (as `nianbao generate` does, nothing is
 * written when it has errors) and writes FILE.html and FILE.docx beside it, atomically.
 */
public class GenerateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IFile file = selectedFile(event);
		Shell shell = HandlerUtil.getActiveShell(event);
		if (file == null) {
			return null;
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor != null && editor.isDirty() && editor.getEditorInput() instanceof IFileEditorInput in
				&& in.getFile().equals(file)) {
			editor.doSave(null); // generate what the clerk sees
		}
		Job job = Job.create("生成 HTML 和 DOCX：" + file.getName(), monitor -> {
			String message;
			int kind;
			try {
				List<Path> written = generate(file);
				message = "已生成 (generated):\n" + String.join("\n", written.stream().map(Path::toString).toList());
				kind = MessageDialog.INFORMATION;
				file.getParent().refreshLocal(IResource.DEPTH_ONE, monitor);
			} catch (GenerationRefused e) {
				message = e.getMessage();
				kind = MessageDialog.ERROR;
			} catch (Exception e) {
				NianbaoUi.getDefault().getLog().log(new Status(IStatus.ERROR, NianbaoUi.PLUGIN_ID, "generate", e));
				message = "生成失败 (failed): " + e;
				kind = MessageDialog.ERROR;
			}
			String text = message;
			int dialogKind = kind;
			Display.getDefault().asyncExec(() -> MessageDialog.open(dialogKind, shell, "Nianbao 年报", text, 0));
		});
		job.setRule(file.getParent());
		job.schedule();
		return null;
	}

	/** Validates and writes the outputs; returns the files written. */
	public static List<Path> generate(IFile file) throws Exception {
		String text = new String(file.getContents().readAllBytes(), file.getCharset());
		ParsedDocument parsed = ParsedDocument.parse(file, text);
		XtextResource resource = parsed.resource();
		var injector = NianbaoUi.getDefault().getInjector();
		List<Finding> errors = new ArrayList<>();
		for (Issue issue : injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl)) {
			Finding f = Finding.of(file.getName(), issue);
			if (f.isError()) {
				errors.add(f);
			}
		}
		if (!errors.isEmpty()) {
			throw new GenerationRefused(file.getName() + ": 有 " + errors.size() + " 处错误，未生成 (not generated: errors)\n"
					+ String.join("\n", errors.stream().limit(10).map(Finding::toText).toList()));
		}
		List<Report> reports = resource.getContents().isEmpty() ? List.of()
				: EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Report.class);
		if (reports.isEmpty()) {
			throw new GenerationRefused(file.getName() + ": 没有报告可生成 (no report in file)");
		}
		Path source = file.getLocation().toFile().toPath();
		String base = file.getName().replaceFirst("\\.nianbao$", "");
		Set<Publisher.Format> formats = EnumSet.of(Publisher.Format.HTML, Publisher.Format.DOCX);
		List<Path> written = new ArrayList<>();
		for (Report report : reports) {
			String name = reports.size() == 1 ? base : base + "." + report.getName();
			ReportView view = ReportView.of(report, file.getName(), errors, injector.getInstance(ArithmeticComputer.class));
			written.addAll(new Publisher().publish(view, source.getParent(), name, formats, Set.of(source)));
		}
		return written;
	}

	private static IFile selectedFile(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s
				&& s.getFirstElement() instanceof IFile f) {
			return f;
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		return editor != null && editor.getEditorInput() instanceof IFileEditorInput in ? in.getFile() : null;
	}

	/** The report has errors (or nothing to publish): a message for the user, not a failure. */
	static final class GenerationRefused extends Exception {
		private static final long serialVersionUID = 1L;

		GenerationRefused(String message) {
			super(message);
		}
	}
}
