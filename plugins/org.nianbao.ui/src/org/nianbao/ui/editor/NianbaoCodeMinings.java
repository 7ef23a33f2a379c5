package org.nianbao.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.codemining.AbstractCodeMiningProvider;
import org.eclipse.jface.text.codemining.ICodeMining;
import org.eclipse.jface.text.codemining.LineContentCodeMining;
import org.eclipse.jface.text.codemining.LineHeaderCodeMining;
import org.nianbao.ide.codelens.RelationLenses;
import org.nianbao.ide.inlay.NianbaoInlayHints;
import org.nianbao.ui.NianbaoUi;

/**
 * The numbers of the language server's inlay hints and code lenses, as Eclipse code minings: the
 * value of each {@code auto} cell and narrative expression, the expected value beside a wrong
 * total (inline), and above each table {@code 勾稽关系 ✓} or {@code N 处勾稽关系不符}, which moves the
 * cursor to the first broken relation when clicked. Computed from the document's shared parse.
 */
public class NianbaoCodeMinings extends AbstractCodeMiningProvider {

	@Override
	public CompletableFuture<List<? extends ICodeMining>> provideCodeMinings(ITextViewer viewer, IProgressMonitor monitor) {
		IDocument document = viewer.getDocument();
		IFile file = document == null ? null : ParsedDocument.fileOf(document);
		if (file == null || !"nianbao".equals(file.getFileExtension())) {
			return CompletableFuture.completedFuture(List.of());
		}
		return CompletableFuture.supplyAsync(() -> minings(viewer, document));
	}

	/** The minings of the document's current version. */
	public List<ICodeMining> minings(ITextViewer viewer, IDocument document) {
		var injector = NianbaoUi.getDefault().getInjector();
		record Numbers(String text, List<NianbaoInlayHints.Hint> hints, List<RelationLenses.TableCheck> tables) {
		}
		Numbers numbers = DocumentModels.read(document, parsed -> new Numbers(parsed.text(),
				injector.getInstance(NianbaoInlayHints.class).hints(parsed.resource(), false),
				injector.getInstance(RelationLenses.class).tables(parsed.resource())));
		List<ICodeMining> minings = new ArrayList<>();
		int length = numbers.text().length();
		for (NianbaoInlayHints.Hint h : numbers.hints()) {
			// a mining sits on a character: after the hint's preceding one, or before its following one
			boolean after = !h.before() && h.offset() > 0;
			int at = after ? h.offset() - 1 : Math.min(h.offset(), Math.max(0, length - 1));
			minings.add(new Label(new Position(at, 1), after, h.label()));
		}
		for (RelationLenses.TableCheck t : numbers.tables()) {
			try {
				minings.add(new Header(document.getLineOfOffset(t.offset()), document, t, viewer));
			} catch (BadLocationException e) {
				// the document changed since this parse: the next reconcile brings fresh minings
			}
		}
		return minings;
	}

	/** An inline number. */
	public final class Label extends LineContentCodeMining {
		Label(Position position, boolean after, String label) {
			super(position, after, NianbaoCodeMinings.this);
			setLabel(label);
		}
	}

	/** A table's relation check above its first line; clicking a broken one selects its first cell. */
	public final class Header extends LineHeaderCodeMining {
		Header(int line, IDocument document, RelationLenses.TableCheck check, ITextViewer viewer) throws BadLocationException {
			super(line, document, NianbaoCodeMinings.this, check.broken() == 0 ? null : e -> {
				viewer.setSelectedRange(check.first(), 0);
				viewer.revealRange(check.first(), 0);
			});
			setLabel(check.title());
		}
	}
}
