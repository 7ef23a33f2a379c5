package org.nianbao.ide.references;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.nianbao.arithmetic.NarrativeExpressions;
import org.nianbao.arithmetic.NarrativeExpressions.Resolved;
import org.nianbao.arithmetic.NarrativeExpressions.Span;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.CellRef;
import org.nianbao.nianbao.NarrativeFact;
import org.nianbao.nianbao.NianbaoPackage;
import org.nianbao.nianbao.Paragraph;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.Template;

import com.google.inject.Inject;

/**
 * Where the {@code {表.行.列 + …}} expressions of a resource stand, part by part, in document
 * offsets: the spans of every report paragraph and the {@code value} of every template fact. The
 * spans are inside TEXT/STRING tokens, which Xtext's cross-reference machinery does not see; this is
 * the one place that maps them to the document, for definition, references, rename, hover and
 * inlay hints. Parsing and resolution are {@link NarrativeExpressions}'.
 */
public class NarrativeSpans {

	@Inject
	private NarrativeExpressions expressions;

	/** One name of a path ({@code 表}, {@code 行} or {@code 列}, or a part of a group path) in the document. */
	public record Part(int offset, int length, String text) {
		public boolean covers(int at) {
			return at >= offset && at <= offset + length;
		}
	}

	/**
	 * One cell path of a span: its parts in order (the table's name first, then {@code rowParts}
	 * parts of the row, then the column's), and what they resolve to (null parts when they do not).
	 */
	public record Path(CellRef ref, List<Part> parts, Resolved resolved) {
	}

	/**
	 * One span in the document: {@code offset} at its opening brace ({@code -1} for a whole fact
	 * value, whose text starts at {@code contentOffset}), {@code end} after its closing brace.
	 *
	 * @param owner the paragraph or fact whose text holds it
	 */
	public record Located(EObject owner, Template template, Span span, int offset, int end, List<Path> paths) {
		public boolean covers(int at) {
			return at > offset && at < end;
		}
	}

	/**
	 * A text that may hold spans: a report paragraph's text or a template fact's value, its content
	 * (between its delimiters) from {@code offset} to {@code end}.
	 */
	public record Text(EObject owner, Template template, int offset, int end, List<Located> spans) {
		public boolean covers(int at) {
			return at >= offset && at <= end;
		}

		/**
		 * The span in which a path is being typed at the offset: one that covers it, or an unclosed
		 * one that the offset ends (the text's end, before its closing quotes); null outside spans.
		 */
		public Located typingAt(int at) {
			for (Located l : spans) {
				if (l.covers(at) || at == l.end() && l.span().unclosed()) {
					return l;
				}
			}
			return null;
		}
	}

	/** Every span of the resource's texts, in document order. */
	public List<Located> spans(XtextResource resource) {
		List<Located> all = new ArrayList<>();
		for (Text t : texts(resource)) {
			all.addAll(t.spans());
		}
		return all;
	}

	/** The span whose text holds the offset, or null. */
	public Located at(XtextResource resource, int offset) {
		Text text = textAt(resource, offset);
		if (text != null) {
			for (Located l : text.spans()) {
				if (l.covers(offset)) {
					return l;
				}
			}
		}
		return null;
	}

	/**
	 * The text whose content holds the offset, or null: only that text's spans are parsed (hover and
	 * completion ask per request; a report has many texts). A content that holds the offset lies in a
	 * token after its opening delimiter, so the token holds the offset before.
	 */
	public Text textAt(XtextResource resource, int offset) {
		if (resource == null || resource.getParseResult() == null || offset <= 0) {
			return null;
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset - 1);
		EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		Paragraph paragraph = EcoreUtil2.getContainerOfType(element, Paragraph.class);
		Text text = paragraph != null ? text(paragraph) : text(EcoreUtil2.getContainerOfType(element, NarrativeFact.class));
		return text != null && text.covers(offset) ? text : null;
	}

	/** Every text of the resource with its spans, in document order. */
	private List<Text> texts(XtextResource resource) {
		List<Text> all = new ArrayList<>();
		if (resource == null || resource.getParseResult() == null) {
			return all;
		}
		for (var it = resource.getAllContents(); it.hasNext();) {
			EObject o = it.next();
			if (o instanceof Paragraph || o instanceof NarrativeFact) {
				Text text = text(o);
				if (text != null) {
					all.add(text);
				}
				it.prune();
			}
		}
		return all;
	}

	/** The text of a report paragraph or a template fact with its spans, or null (none written, or another object). */
	private Text text(EObject o) {
		if (o instanceof Paragraph p) {
			Report report = EcoreUtil2.getContainerOfType(p, Report.class);
			Template template = report == null ? null : Tables.template(report);
			Content c = content(p, NianbaoPackage.Literals.PARAGRAPH__TEXT);
			if (c == null) {
				return null;
			}
			List<Located> spans = new ArrayList<>();
			for (Span span : expressions.spans(c.text())) {
				spans.add(locate(p, template, span, c.offset()));
			}
			return new Text(p, template, c.offset(), c.offset() + c.text().length(), spans);
		}
		if (o instanceof NarrativeFact f) {
			Content c = content(f, NianbaoPackage.Literals.NARRATIVE_FACT__VALUE);
			if (c == null) {
				return null;
			}
			Template template = EcoreUtil2.getContainerOfType(f, Template.class);
			return new Text(f, template, c.offset(), c.offset() + c.text().length(),
					List.of(locate(f, template, expressions.whole(c.text()), c.offset())));
		}
		return null;
	}

	/** A text token's content as written, between its delimiters, and where it starts. */
	private record Content(String text, int offset) {
	}

	private static Content content(EObject owner, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		if (nodes.isEmpty()) {
			return null;
		}
		INode node = nodes.get(0);
		String token = NodeModelUtils.getTokenText(node);
		int start = node.getOffset() + node.getText().indexOf(token);
		int delimiter = token.startsWith("\"\"\"") ? 3 : token.isEmpty() ? 0 : 1;
		int close = token.length() >= 2 * delimiter && closes(token, delimiter) ? delimiter : 0;
		if (token.length() < delimiter + close) {
			return null;
		}
		return new Content(token.substring(delimiter, token.length() - close), start + delimiter);
	}

	/** Whether the token ends with a closing delimiter (an IME string may be unclosed at its line's end). */
	private static boolean closes(String token, int delimiter) {
		if (delimiter == 3) {
			return token.length() >= 6 && token.endsWith("\"\"\"");
		}
		char last = token.charAt(token.length() - 1);
		return token.length() >= 2 && (last == '"' || last == '\'' || last == '”');
	}

	/**
	 * The names of a (qualified) name's node, without the dots between them, at their offsets plus
	 * {@code base} (0 for a node of the document, the span's start for a node of a span's parse).
	 */
	public static List<Part> names(INode node, int base) {
		List<Part> parts = new ArrayList<>();
		for (ILeafNode leaf : node.getLeafNodes()) {
			String text = leaf.getText();
			if (!leaf.isHidden() && !".".equals(text) && !"．".equals(text)) {
				parts.add(new Part(base + leaf.getOffset(), leaf.getLength(), text));
			}
		}
		return parts;
	}

	private Located locate(EObject owner, Template template, Span span, int contentOffset) {
		int open = span.start() < 0 ? contentOffset - 1 : contentOffset + span.start();
		int end = contentOffset + span.end();
		List<Path> paths = new ArrayList<>();
		if (span.expression() != null) {
			List<CellRef> refs = new ArrayList<>(EcoreUtil2.getAllContentsOfType(span.expression(), CellRef.class));
			if (span.expression() instanceof CellRef self) {
				refs.add(0, self);
			}
			for (CellRef ref : refs) {
				paths.add(new Path(ref, names(NodeModelUtils.getNode(ref), open + 1), expressions.resolve(ref.getPath(), template)));
			}
		}
		return new Located(owner, template, span, open, end, paths);
	}
}
