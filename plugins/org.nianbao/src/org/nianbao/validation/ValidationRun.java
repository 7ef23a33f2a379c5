package org.nianbao.validation;

import java.util.Map;

import org.nianbao.arithmetic.Arithmetic;
import org.nianbao.arithmetic.ReportResult;
import org.nianbao.nianbao.Report;

/**
 * What the validators of one run share, kept in the run's context map: each report evaluated once,
 * last year's report looked up once (and evaluated once).
 */
final class ValidationRun {
	private ValidationRun() {
	}

	private record ResultsKey(Report report) {
	}

	private record PreviousKey(Report report) {
	}

	static ReportResult results(Map<Object, Object> context, Arithmetic arithmetic, Report report) {
		Object key = new ResultsKey(report);
		if (context != null && context.get(key) instanceof ReportResult r) {
			return r;
		}
		ReportResult r = arithmetic.evaluate(report);
		if (context != null) {
			context.put(key, r);
		}
		return r;
	}

	static PreviousReports.Lookup previous(Map<Object, Object> context, Report report) {
		Object key = new PreviousKey(report);
		if (context != null && context.get(key) instanceof PreviousReports.Lookup l) {
			return l;
		}
		PreviousReports.Lookup l = PreviousReports.find(report);
		if (context != null) {
			context.put(key, l);
		}
		return l;
	}
}
