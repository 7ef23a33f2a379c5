package org.nianbao.ide.outline;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/** LSP adapter: document symbols (reports, templates, sections, tables) from {@link ReportOutline}. */
public class NianbaoDocumentSymbolService extends HierarchicalDocumentSymbolService {

	@Inject
	private ReportOutline outline;

	@Override
	public List<DocumentSymbol> getSymbols(Document document, XtextResource resource, DocumentSymbolParams params,
			CancelIndicator cancelIndicator) {
		return convert(document, outline.outline(resource));
	}

	private static List<DocumentSymbol> convert(Document document, List<ReportOutline.Item> items) {
		List<DocumentSymbol> result = new ArrayList<>();
		for (ReportOutline.Item item : items) {
			DocumentSymbol symbol = new DocumentSymbol(item.name(), kind(item.kind()),
					range(document, item.offset(), item.length()),
					range(document, item.selectionOffset(), item.selectionLength()), item.detail());
			symbol.setChildren(convert(document, item.children()));
			result.add(symbol);
		}
		return result;
	}

	private static Range range(Document document, int offset, int length) {
		return new Range(document.getPosition(offset), document.getPosition(offset + length));
	}

	private static SymbolKind kind(ReportOutline.Kind kind) {
		return switch (kind) {
		case REPORT -> SymbolKind.File;
		case TEMPLATE -> SymbolKind.Class;
		case SECTION -> SymbolKind.Namespace;
		case TABLE -> SymbolKind.Struct;
		};
	}
}
