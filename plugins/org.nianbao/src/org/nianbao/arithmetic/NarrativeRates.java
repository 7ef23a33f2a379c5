package org.nianbao.arithmetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;

import org.nianbao.nianbao.NarrativeFact;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Evaluates a template's rates ({@code fact … value "a" per "b"}) on narrative text: where the
 * pattern matches, the percentage right after it (办理答复率96%, 占比17.46%) is compared with
 * 100·a/b rounded half-up to as many decimals as the text prints. A stated rate that differs by
 * more than the fact's tolerance (percentage points, 0 unless given) is a finding. A rate whose
 * denominator is 0 or undetermined is not compared.
 */
@Singleton
public class NarrativeRates {

	/** Decimals shown beyond the text's own in the computation a finding quotes. */
	static final int SHOWN_EXTRA = 2;

	@Inject
	private NarrativeFacts facts;

	/**
	 * A rate the text states that the tables do not give.
	 *
	 * @param stated      the percentage as written, without the sign
	 * @param rounded     100·a/b rounded as the text rounds
	 * @param computed    100·a/b with {@link #SHOWN_EXTRA} more decimals than the text's
	 */
	public record Finding(NarrativeFact fact, int start, int end, String stated, BigDecimal rounded,
			BigDecimal numerator, BigDecimal denominator, BigDecimal computed, String phrase) {
	}

	/** 100·a/b rounded half-up to {@code decimals}. */
	public static BigDecimal percent(BigDecimal numerator, BigDecimal denominator, int decimals) {
		return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, decimals, RoundingMode.HALF_UP);
	}

	/** The rates of the text that the tables contradict; {@code plain} as for NarrativeFacts.check. */
	public List<Finding> check(NarrativeFact fact, String plain, ReportResult results) {
		List<Finding> findings = new ArrayList<>();
		if (fact.getDenominator() == null) {
			return findings;
		}
		NarrativeFacts.Compiled compiled = facts.compiled(fact);
		List<MatchResult> matches = facts.matches(compiled, plain);
		if (matches.isEmpty()) {
			return findings;
		}
		BigDecimal numerator = facts.value(compiled.value(), results);
		BigDecimal denominator = facts.value(compiled.alternative(), results);
		if (numerator == null || denominator == null || denominator.signum() == 0) {
			return findings;
		}
		BigDecimal tolerance = fact.getTolerance() == null ? BigDecimal.ZERO : fact.getTolerance().abs();
		for (MatchResult m : matches) {
			BigDecimal stated = new BigDecimal(m.group("n"));
			int decimals = Math.max(0, stated.scale());
			BigDecimal rounded = percent(numerator, denominator, decimals);
			if (stated.subtract(rounded).abs().compareTo(tolerance) <= 0) {
				continue;
			}
			BigDecimal computed = percent(numerator, denominator, decimals + SHOWN_EXTRA);
			findings.add(new Finding(fact, m.start("n"), m.end(), m.group("n"), rounded, numerator, denominator, computed,
					m.group()));
		}
		return findings;
	}
}
