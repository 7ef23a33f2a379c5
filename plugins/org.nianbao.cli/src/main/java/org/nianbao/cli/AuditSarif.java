package org.nianbao.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.importer.audit.AuditSummary;
import org.nianbao.importer.audit.Baseline;
import org.nianbao.importer.audit.BaselineComparison;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * `audit --sarif`: the audit's findings as SARIF. SARIF knows four baseline states; ours map onto
 * them as new → new, unchanged and confirmed → unchanged, dismissed → unchanged with an accepted
 * external suppression (the reviewer's reason as justification), fixed → absent (listed without a
 * location: only the baseline knows where it was).
 */
final class AuditSarif {
	private AuditSarif() {
	}

	static String log(AuditSummary s) {
		List<SarifWriter.Result> results = new ArrayList<>();
		for (AuditSummary.Item f : s.findings) {
			String state = s.baselineState(f);
			Baseline.Entry decided = s.baseline == null ? null : s.baseline.entry(f.fingerprint());
			Map<String, Object> p = new LinkedHashMap<>();
			p.put("input", f.input());
			p.put("organ", f.organ());
			p.put("year", f.year());
			p.put("cell", f.cell());
			p.put("origin", f.origin());
			if (state != null) {
				p.put("baseline", state);
			}
			results.add(new SarifWriter.Result(f.code(), f.severity(), f.message(), f.file(), f.line(), f.column(),
					f.line(), f.column(), p, f.fingerprint(), sarifState(state),
					BaselineComparison.DISMISSED.equals(state), decided == null ? null : decided.reason()));
		}
		if (s.baseline != null) {
			for (Baseline.Entry e : s.baseline.fixed()) {
				Map<String, Object> p = new LinkedHashMap<>();
				p.put("organ", e.organ());
				p.put("year", e.year());
				p.put("cell", e.cell());
				p.put("baseline", BaselineComparison.FIXED);
				results.add(new SarifWriter.Result(e.code() == null ? "NB000" : e.code(), null, e.message(), null, 1, 1, 1,
						1, p, e.fingerprint(), SarifWriter.ABSENT, false, null));
			}
		}
		try {
			return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
					.writeValueAsString(SarifWriter.log(new ObjectMapper(), results)) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	static String sarifState(String state) {
		if (state == null) {
			return null;
		}
		return BaselineComparison.NEW.equals(state) ? SarifWriter.NEW : SarifWriter.UNCHANGED;
	}
}
