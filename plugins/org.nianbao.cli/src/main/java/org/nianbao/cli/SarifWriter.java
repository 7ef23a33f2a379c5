package org.nianbao.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nianbao.validation.Finding;
import org.nianbao.validation.Fingerprints;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A SARIF 2.1.0 log with one run, for `validate --format sarif` and `audit --sarif`: rules are the
 * codes that occur; each result carries its fingerprint as {@code partialFingerprints}, and, when a
 * baseline was compared, its {@code baselineState} and (dismissed findings) an accepted external
 * suppression with the reviewer's reason.
 */
final class SarifWriter {
	private SarifWriter() {
	}

	/** SARIF's baselineState values (§3.27.24). */
	static final String NEW = "new", UNCHANGED = "unchanged", ABSENT = "absent";

	/**
	 * One result.
	 *
	 * @param file null for a result without a location (a fixed finding only the baseline knows)
	 * @param baselineState null when no baseline was compared
	 * @param suppressed a dismissed finding; {@code justification} is the reviewer's reason (may be null)
	 */
	record Result(String ruleId, String severity, String message, String file, int line, int column, int endLine,
			int endColumn, Map<String, Object> properties, String fingerprint, String baselineState, boolean suppressed,
			String justification, Finding.Published published) {
		Result(String ruleId, String severity, String message, String file, int line, int column, int endLine,
				int endColumn, Map<String, Object> properties, String fingerprint, String baselineState, boolean suppressed,
				String justification) {
			this(ruleId, severity, message, file, line, column, endLine, endColumn, properties, fingerprint, baselineState,
					suppressed, justification, null);
		}
	}

	static ObjectNode log(ObjectMapper mapper, List<Result> results) {
		ObjectNode log = mapper.createObjectNode();
		log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
		log.put("version", "2.1.0");
		ObjectNode run = log.putArray("runs").addObject();
		ObjectNode driver = run.putObject("tool").putObject("driver");
		driver.put("name", "nianbao");
		driver.put("version", "0.1.0");
		ArrayNode rules = driver.putArray("rules");
		Map<String, Integer> ruleIndex = new LinkedHashMap<>();
		for (Result f : results) {
			if (!ruleIndex.containsKey(f.ruleId())) {
				ruleIndex.put(f.ruleId(), ruleIndex.size());
				ObjectNode rule = rules.addObject();
				rule.put("id", f.ruleId());
				rule.putObject("shortDescription").put("text", f.ruleId());
			}
		}
		ArrayNode out = run.putArray("results");
		for (Result f : results) {
			ObjectNode r = out.addObject();
			r.put("ruleId", f.ruleId());
			r.put("ruleIndex", ruleIndex.get(f.ruleId()));
			if (ABSENT.equals(f.baselineState())) {
				// a finding that is gone: SARIF's "pass" kind, whose level must be "none"
				r.put("kind", "pass");
				r.put("level", "none");
			} else {
				r.put("level", "error".equals(f.severity()) ? "error" : "warning".equals(f.severity()) ? "warning" : "note");
			}
			r.putObject("message").put("text", f.message() == null ? f.ruleId() : f.message());
			if (f.file() != null) {
				ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
				physical.putObject("artifactLocation").put("uri",
						Path.of(f.file()).toAbsolutePath().normalize().toUri().toString());
				ObjectNode region = physical.putObject("region");
				region.put("startLine", f.line());
				region.put("startColumn", f.column());
				region.put("endLine", Math.max(f.endLine(), f.line()));
				region.put("endColumn", f.endLine() > f.line() ? Math.max(1, f.endColumn())
						: Math.max(f.endColumn(), f.column()));
			}
			if (f.published() != null) {
				// the finding's place in the published file the report was imported from
				ObjectNode related = r.putArray("relatedLocations").addObject();
				related.put("id", 1);
				ObjectNode physical = related.putObject("physicalLocation");
				String uri = f.file() == null ? f.published().file()
						: Path.of(f.file()).toAbsolutePath().normalize().resolveSibling(Path.of(f.published().file()).getFileName()).toUri().toString();
				physical.putObject("artifactLocation").put("uri", uri);
				ObjectNode region = physical.putObject("region");
				region.put("startLine", f.published().line());
				region.put("startColumn", f.published().column());
				related.putObject("message").put("text", "原文 第" + f.published().page() + "页第" + f.published().line() + "行 (published page "
						+ f.published().page() + ", line " + f.published().line() + ")");
				r.putObject("properties").put("publishedPage", f.published().page());
			}
			if (f.fingerprint() != null) {
				r.putObject("partialFingerprints").put(Fingerprints.SARIF_KEY, f.fingerprint());
			}
			if (f.baselineState() != null) {
				r.put("baselineState", f.baselineState());
			}
			if (f.suppressed()) {
				ObjectNode s = r.putArray("suppressions").addObject();
				s.put("kind", "external");
				s.put("status", "accepted");
				if (f.justification() != null) {
					s.put("justification", f.justification());
				}
			}
			if (f.properties() != null && !f.properties().isEmpty()) {
				ObjectNode props = (ObjectNode) mapper.valueToTree(f.properties());
				if (r.has("properties")) {
					props.setAll((ObjectNode) r.get("properties"));
				}
				r.set("properties", props);
			}
		}
		return log;
	}
}
