package org.nianbao.ui.outline;

import java.util.List;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.nianbao.ide.outline.ReportOutline;
import org.nianbao.ui.NianbaoUi;
import org.nianbao.ui.editor.DocumentModels;
import org.nianbao.ui.editor.ParsedDocument;

/** The Outline view of a Nianbao editor: report, sections and tables from {@link ReportOutline}. */
public class NianbaoOutlinePage extends ContentOutlinePage implements IDocumentListener {

	private final ITextEditor editor;
	private IDocument document;
	private boolean refreshPending;

	public NianbaoOutlinePage(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object element) {
				return ((ReportOutline.Item) element).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((ReportOutline.Item) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				ReportOutline.Item item = (ReportOutline.Item) element;
				return item.detail() == null ? item.name() : item.name() + "  " + item.detail();
			}
		});
		viewer.addSelectionChangedListener(e -> {
			if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof ReportOutline.Item item) {
				editor.selectAndReveal(item.selectionOffset(), item.selectionLength());
			}
		});
		document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		if (document != null) {
			document.addDocumentListener(this);
		}
		refresh();
	}

	/** The current outline items (for tests and the viewer). */
	public List<ReportOutline.Item> items() {
		IDocument current = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		if (current == null) {
			return List.of();
		}
		ReportOutline outline = NianbaoUi.getDefault().getInjector().getInstance(ReportOutline.class);
		return DocumentModels.read(current, parsed -> outline.outline(parsed.resource()));
	}

	private void refresh() {
		refreshPending = false;
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		viewer.setInput(items());
		viewer.expandToLevel(2);
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		if (!refreshPending) {
			refreshPending = true;
			Display.getDefault().timerExec(500, this::refresh);
		}
	}

	@Override
	public void dispose() {
		if (document != null) {
			document.removeDocumentListener(this);
		}
		super.dispose();
	}
}
