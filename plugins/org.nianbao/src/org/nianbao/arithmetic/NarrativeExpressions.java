package org.nianbao.arithmetic;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.CellRef;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.Node;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.Template;
import org.nianbao.nianbao.TextBinary;
import org.nianbao.nianbao.TextExpression;
import org.nianbao.nianbao.TextNumber;
import org.nianbao.services.NianbaoGrammarAccess;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Expressions bound to cells inside narrative text: {@code 共受理申请{申请.新收.总计 + 申请.上年结转.总计}件}.
 * Each {@code {…}} span is parsed with the grammar's {@code TextExpression} rule; a cell is named
 * {@code 表.行.列}, where row and column may be any unique suffix of their paths
 * ({@code 复议诉讼.件数.行政复议.总计}). Values come from {@link Arithmetic} (computed cells included).
 * Generators use {@link #render} to print the text with the values. Reasons for unresolved
 * paths are message keys ({@code @expr.noTable:表}); {@code Messages.localise} renders them.
 */
@Singleton
public class NarrativeExpressions {

	@Inject
	private IParser parser;

	@Inject
	private NianbaoGrammarAccess grammar;

	@Inject
	private Arithmetic arithmetic;

	/**
	 * One {@code {…}} span of a text. Offsets are in the text string: {@code start} at the brace,
	 * {@code end} after the closing brace.
	 *
	 * @param expression  null when the span does not parse
	 * @param syntaxError the first syntax error, or null
	 */
	public record Span(int start, int end, String source, TextExpression expression, String syntaxError) {
		/** Whether the span has no closing brace: it runs to the text's end (an expression being typed). */
		public boolean unclosed() {
			return UNCLOSED.equals(syntaxError);
		}
	}

	private static final String UNCLOSED = "@expr.unclosed";

	/**
	 * The outcome of evaluating a span: a value, or an error located in the text (an unresolvable
	 * path), or neither when cells are blank (undetermined).
	 */
	public record Value(BigDecimal value, String error, String errorPath, int errorStart, int errorEnd) {
		public boolean isError() {
			return error != null;
		}
	}

	/**
	 * Every {@code {…}} span in the text, in order. A doubled brace ({@code {{} or {@code }}}) is
	 * a literal brace, so published text that contains braces can be kept as it was.
	 */
	public List<Span> spans(String text) {
		List<Span> spans = new ArrayList<>();
		int from = 0;
		while (true) {
			int open = text.indexOf('{', from);
			if (open < 0) {
				return spans;
			}
			if (open + 1 < text.length() && text.charAt(open + 1) == '{') {
				from = open + 2;
				continue;
			}
			int close = text.indexOf('}', open + 1);
			if (close < 0) {
				spans.add(new Span(open, text.length(), text.substring(open + 1), null, UNCLOSED));
				return spans;
			}
			String source = text.substring(open + 1, close);
			spans.add(parse(open, close + 1, source));
			from = close + 1;
		}
	}

	private Span parse(int start, int end, String source) {
		if (source.isBlank()) {
			return new Span(start, end, source, null, "@expr.empty");
		}
		IParseResult result = parser.parse(grammar.getTextExpressionRule(), new StringReader(source));
		if (result.hasSyntaxErrors() || !(result.getRootASTElement() instanceof TextExpression e)) {
			// a phrase datum, so the finding renders in either language (see Messages.localise)
			String message = "@expr.unparsable";
			for (INode n : result.getSyntaxErrors()) {
				String[] data = n.getSyntaxErrorMessage().getIssueData();
				message = data == null || data.length == 0 ? "@expr.unparsable" : org.nianbao.diagnostics.Messages.syntaxDatum(data);
				break;
			}
			return new Span(start, end, source, null, message);
		}
		return new Span(start, end, source, e, null);
	}

	/** Evaluates a parsed span against a report's tables. */
	public Value evaluate(Span span, ReportResult results) {
		if (span.expression() == null) {
			return new Value(null, span.syntaxError(), span.source(), span.start(), span.end());
		}
		Template template = Tables.template(results.report());
		try {
			return new Value(eval(span.expression(), template, results), null, null, 0, 0);
		} catch (Unresolved u) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(u.ref);
			int offset = node == null ? 0 : node.getOffset();
			int length = node == null ? span.source().length() : node.getLength();
			int start = span.start() + 1 + offset;
			return new Value(null, u.getMessage(), u.ref.getPath(), start, start + length);
		}
	}

	/**
	 * The value of one expression's source (what stands between the braces, e.g.
	 * {@code 申请.新收.总计 + 申请.上年结转.总计}) for a report; null when it does not parse, names no
	 * cell, or its cells are undetermined. For generators that take spans apart themselves.
	 */
	public BigDecimal evaluate(Report report, String source) {
		return evaluate(whole(source), arithmetic.evaluate(report)).value();
	}

	/**
	 * A whole source as one expression (a template fact's {@code value}), as if it stood between
	 * braces just before the source: its text starts at offset 0.
	 */
	public Span whole(String source) {
		return parse(-1, source.length() + 1, source);
	}

	/** The text with every span replaced by its value; spans that cannot be evaluated stay as written. */
	public String render(String text, ReportResult results) {
		StringBuilder sb = new StringBuilder();
		int at = 0;
		for (Span span : spans(text)) {
			sb.append(unescape(text.substring(at, span.start())));
			Value v = evaluate(span, results);
			sb.append(v.value() != null ? Numbers.format(v.value()) : text.substring(span.start(), span.end()));
			at = span.end();
		}
		return sb.append(unescape(text.substring(at))).toString();
	}

	/** Literal text as a reader sees it: doubled braces become single ones. */
	public static String unescape(String literal) {
		return literal.replace("{{", "{").replace("}}", "}");
	}

	/** Text to be kept literally: braces doubled so that none starts an expression. */
	public static String escape(String literal) {
		return literal.replace("{", "{{").replace("}", "}}");
	}

	/**
	 * The cell a path names: {@code 表.行.列}; null with a reason when it names none. The table is
	 * set whenever the first part names one.
	 *
	 * @param rowParts how many parts after the table's name the row takes ({@code 其他处理.其他} two)
	 */
	public record Resolved(TableDef table, CellKey cell, int rowParts, String error) {
	}

	public Resolved resolve(String path, Template template) {
		String[] parts = path.split("\\.");
		if (template == null) {
			return new Resolved(null, null, 0, "@expr.noTemplate");
		}
		if (parts.length < 3) {
			return new Resolved(null, null, 0, "@expr.shape");
		}
		TableDef table = Tables.findTable(template, parts[0]);
		if (table == null) {
			return new Resolved(null, null, 0, "@expr.noTable:" + parts[0]);
		}
		var rows = Tables.referableNames(table.getRows().getNodes());
		var columns = Tables.referableNames(table.getColumns().getNodes());
		Resolved found = null;
		for (int split = 2; split < parts.length; split++) {
			String row = String.join(".", java.util.Arrays.copyOfRange(parts, 1, split));
			String column = String.join(".", java.util.Arrays.copyOfRange(parts, split, parts.length));
			Node r = rows.get(row);
			Node c = columns.get(column);
			if (r instanceof Leaf rl && c instanceof Leaf cl) {
				if (found != null) {
					return new Resolved(table, null, 0, "@expr.ambiguous");
				}
				found = new Resolved(table, new CellKey(rl, cl), split - 1, null);
			}
		}
		return found != null ? found : new Resolved(table, null, 0, "@expr.noCell:" + parts[0]);
	}

	private BigDecimal eval(TextExpression e, Template template, ReportResult results) {
		if (e instanceof TextNumber n) {
			return n.getValue();
		}
		if (e instanceof TextBinary b) {
			BigDecimal l = eval(b.getLeft(), template, results);
			BigDecimal r = eval(b.getRight(), template, results);
			if (l == null || r == null) {
				return null;
			}
			return "-".equals(b.getOp()) ? l.subtract(r) : l.add(r);
		}
		if (e instanceof CellRef ref) {
			Resolved resolved = resolve(ref.getPath(), template);
			if (resolved.error() != null) {
				throw new Unresolved(ref, resolved.error());
			}
			TableResult t = results.table(resolved.table());
			return t == null ? null : t.value(resolved.cell());
		}
		return null;
	}

	private static final class Unresolved extends RuntimeException {
		private static final long serialVersionUID = 1L;
		final transient CellRef ref;

		Unresolved(CellRef ref, String message) {
			super(message, null, false, false);
			this.ref = ref;
		}
	}
}
