package org.nianbao.arithmetic;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.IntStream;

import org.nianbao.nianbao.NarrativeFact;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Evaluates a template's {@code fact} declarations on narrative text: where a fact's pattern
 * matches, the count right after it (within four characters, followed by 件, 宗, 例 or 起; not 个:
 * "15个工作日内" is a deadline) is compared with the fact's value, an expression over cells as in
 * {@code {表.行.列 + …}}. A pattern is tried only where one of its heads (the words it can start
 * with) occurs: lazy gaps over a whole text cost a tenth of all validation.
 * <p>
 * The count may be written in Arabic digits, with thousands separators ({@code 1,203件}) or in
 * Chinese numerals ({@code 二十七件}, {@code 两件}): see {@link ChineseNumerals}. A pattern that
 * ends in {@code =N} states its count itself (a claim of nothing: {@code "未收到…申请=0"}): where it
 * matches, N is compared with the value, and the whole phrase is marked.
 */
@Singleton
public class NarrativeFacts {

	/** {@code …} in a pattern: up to twelve characters of the same clause, no digits. */
	static final String GAP = "[^，。；,;:：！？!?\\d、（）()]{0,%d}?";
	static final String UNIT = "\\s*(?:件|宗|例|起)";

	@Inject
	private NarrativeExpressions expressions;

	/** Evicts with the template's resource. Null when created without injection. */
	@Inject(optional = true)
	private org.eclipse.xtext.util.IResourceScopeCache cache;

	/** What a stated number is, against the fact's value. */
	public enum Kind {
		/** The number contradicts the value (beyond the tolerance). */
		MISMATCH,
		/** The number equals the fact's alternative: a known difference of definition. */
		DEFINITION
	}

	/**
	 * A number the text states that is not the fact's value.
	 *
	 * @param start       offset of the number in the text
	 * @param alternative the alternative's value, null when the fact has none or it is undetermined
	 */
	public record Finding(NarrativeFact fact, Kind kind, int start, int end, String stated, BigDecimal figure,
			BigDecimal alternative, String phrase) {
	}

	/**
	 * A fact compiled: its pattern (null when the template's is no regular expression), the heads,
	 * and its value and alternative parsed (null when absent); a rate's alternative is its
	 * denominator.
	 */
	public record Compiled(Pattern pattern, List<String> heads, NarrativeExpressions.Span value,
			NarrativeExpressions.Span alternative, String states) {
		int[] startsIn(String text) {
			IntStream.Builder starts = IntStream.builder();
			for (String head : heads) {
				for (int i = text.indexOf(head); i >= 0; i = text.indexOf(head, i + 1)) {
					starts.add(i);
				}
			}
			return starts.build().sorted().toArray();
		}
	}

	/** The fact compiled, once per template resource state. */
	public Compiled compiled(NarrativeFact fact) {
		if (cache == null || fact.eResource() == null) {
			return compile(fact);
		}
		return cache.get(org.eclipse.xtext.util.Tuples.create(NarrativeFacts.class, fact), fact.eResource(),
				() -> compile(fact));
	}

	private Compiled compile(NarrativeFact fact) {
		String source = fact.getPattern() == null ? "" : fact.getPattern();
		if (fact.getDenominator() != null) {
			return new Compiled(rate(source), heads(source), span(fact.getValue()), span(fact.getDenominator()), null);
		}
		Matcher states = STATES.matcher(source);
		if (states.matches()) {
			return new Compiled(claim(states.group(1)), heads(states.group(1)), span(fact.getValue()),
					span(fact.getAlternative()), states.group(2));
		}
		return new Compiled(pattern(source), heads(source), span(fact.getValue()), span(fact.getAlternative()),
				null);
	}

	private NarrativeExpressions.Span span(String source) {
		if (source == null) {
			return null;
		}
		List<NarrativeExpressions.Span> spans = expressions.spans("{" + source + "}");
		return spans.size() == 1 ? spans.get(0) : null;
	}

	/** A pattern that states its count itself: {@code …=0}. */
	static final Pattern STATES = Pattern.compile("(?s)(.+)=(\\d+)");

	/** The regular expression a fact's pattern stands for, with the count as group {@code n}; null if invalid. */
	public static Pattern pattern(String pattern) {
		String body = body(pattern);
		try {
			return Pattern.compile(body + String.format(GAP, 4) + "(?<n>" + ChineseNumerals.REGEX + ")" + UNIT);
		} catch (PatternSyntaxException e) {
			return null;
		}
	}

	/** The regular expression of a rate's pattern, with the percentage as group {@code n}; null if invalid. */
	static Pattern rate(String pattern) {
		try {
			return Pattern.compile(body(pattern) + String.format(GAP, 4) + "(?<n>\\d+(?:\\.\\d+)?)\\s*[%％]");
		} catch (PatternSyntaxException e) {
			return null;
		}
	}

	/** The regular expression of a pattern that states its count itself (no group); null if invalid. */
	static Pattern claim(String pattern) {
		try {
			return Pattern.compile(body(pattern));
		} catch (PatternSyntaxException e) {
			return null;
		}
	}

	private static String body(String pattern) {
		return pattern.replace("…", String.format(GAP, 12)).replaceAll("\\((?![?])", "(?:");
	}

	/**
	 * The words a pattern can start with: the alternatives of a leading group of plain words
	 * ({@code (受理|收到)…}), else its leading plain characters.
	 */
	static List<String> heads(String pattern) {
		if (pattern.startsWith("(")) {
			int close = pattern.indexOf(')');
			String inside = close < 0 ? "" : pattern.substring(1, close);
			if (!inside.isEmpty() && inside.chars().noneMatch(c -> "()[]{}.*+?\\^$…".indexOf(c) >= 0)) {
				return List.of(inside.split("\\|"));
			}
			return List.of();
		}
		int end = 0;
		while (end < pattern.length() && "()[]{}.*+?|\\^$…".indexOf(pattern.charAt(end)) < 0) {
			end++;
		}
		// a quantifier applies to the character before it: that one is not certain
		if (end < pattern.length() && "*?{".indexOf(pattern.charAt(end)) >= 0) {
			end--;
		}
		return end <= 0 ? List.of() : List.of(pattern.substring(0, end));
	}

	/**
	 * The numbers of the text that contradict the fact, or equal its alternative. {@code plain} is
	 * the text with its {@code {…}} expressions blanked out (they are evaluated, never compared).
	 */
	public List<Finding> check(NarrativeFact fact, String plain, ReportResult results) {
		List<Finding> findings = new ArrayList<>();
		if (fact.getDenominator() != null) {
			return findings; // a rate: NarrativeRates
		}
		Compiled compiled = compiled(fact);
		List<MatchResult> matches = matches(compiled, plain);
		if (matches.isEmpty()) {
			return findings;
		}
		BigDecimal figure = value(compiled.value(), results);
		if (figure == null) {
			return findings;
		}
		BigDecimal alternative = value(compiled.alternative(), results);
		BigDecimal tolerance = fact.getTolerance() == null ? BigDecimal.ZERO : fact.getTolerance().abs();
		for (MatchResult m : matches) {
			String text = compiled.states() != null ? compiled.states() : m.group("n");
			BigDecimal stated = ChineseNumerals.parse(text);
			if (stated == null) {
				continue; // 十百件: no number
			}
			if (stated.subtract(figure).abs().compareTo(tolerance) <= 0) {
				continue;
			}
			Kind kind = alternative != null && stated.subtract(alternative).abs().compareTo(tolerance) <= 0
					? Kind.DEFINITION
					: Kind.MISMATCH;
			int from = compiled.states() != null ? m.start() : m.start("n");
			int to = compiled.states() != null ? m.end() : m.end("n");
			findings.add(new Finding(fact, kind, from, to, text, figure, alternative, m.group()));
		}
		return findings;
	}

	/**
	 * The matches {@code find()} would return, tried only where a head occurs (every match starts
	 * with one), in the order of the text.
	 */
	List<MatchResult> matches(Compiled compiled, String plain) {
		int[] starts = compiled.pattern() == null ? new int[0] : compiled.startsIn(plain);
		if (starts.length == 0) {
			return List.of();
		}
		List<MatchResult> found = new ArrayList<>();
		// transparent: a lookbehind after a head (部分公开(?<!及部分公开)) sees the text before the region
		Matcher m = compiled.pattern().matcher(plain).useTransparentBounds(true);
		int searched = 0;
		for (int start : starts) {
			if (start < searched || !m.region(start, plain.length()).lookingAt()) {
				continue;
			}
			searched = m.end();
			found.add(m.toMatchResult());
		}
		return found;
	}

	BigDecimal value(NarrativeExpressions.Span span, ReportResult results) {
		return span == null ? null : expressions.evaluate(span, results).value();
	}
}
