package org.nianbao.importer.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.nianbao.io.AtomicFiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The baseline as a file: {@code {"findings": [{"fingerprint", "code", "organ", "year", "cell",
 * "message", "status", "reason"}]}}, UTF-8, written atomically (a reviewer's decisions are never
 * left half written).
 */
public final class BaselineFile {
	private BaselineFile() {
	}

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	/** Reads a baseline; a file that is not one is refused with the place and the reason. */
	public static Baseline read(Path file) throws AuditInputException {
		JsonNode root;
		try {
			root = MAPPER.readTree(Files.readString(file));
		} catch (NoSuchFileException e) {
			throw new AuditInputException(file + ": 基线文件不存在 (no such baseline file)");
		} catch (JsonProcessingException e) {
			throw new AuditInputException(file + ": 基线文件不是有效的 JSON"
					+ (e.getLocation() == null ? "" : "，第 " + e.getLocation().getLineNr() + " 行") + " (baseline is not valid JSON)");
		} catch (IOException e) {
			throw new AuditInputException(file + ": 无法读取基线文件 (cannot read the baseline): " + e.getMessage(), e);
		}
		if (root == null || !root.isObject() || !root.path("findings").isArray()) {
			throw new AuditInputException(file + ": 基线文件应为 {\"findings\": [...]} (baseline must be an object with a findings array)");
		}
		List<Baseline.Entry> entries = new ArrayList<>();
		int i = 0;
		for (JsonNode n : root.get("findings")) {
			String fp = text(n, "fingerprint");
			if (fp == null || fp.isBlank()) {
				throw new AuditInputException(file + ": 第 " + (i + 1) + " 条缺少 fingerprint (finding " + (i + 1) + " has no fingerprint)");
			}
			String status = text(n, "status");
			if (status == null) {
				status = Baseline.OPEN;
			}
			if (!Baseline.STATUSES.contains(status)) {
				throw new AuditInputException(file + ": 第 " + (i + 1) + " 条的状态“" + status
						+ "”无效，应为 open、confirmed 或 dismissed (invalid status)");
			}
			JsonNode year = n.get("year");
			entries.add(new Baseline.Entry(fp, text(n, "code"), text(n, "organ"),
					year != null && year.canConvertToInt() ? Integer.valueOf(year.asInt()) : null, text(n, "cell"),
					text(n, "message"), status, text(n, "reason")));
			i++;
		}
		return new Baseline(List.copyOf(entries));
	}

	/** The baseline in the file, or an empty one when there is no file yet (the first --write-baseline). */
	public static Baseline readIfExists(Path file) throws AuditInputException {
		return Files.exists(file) ? read(file) : Baseline.EMPTY;
	}

	public static void write(Path file, Baseline baseline) throws IOException {
		AtomicFiles.write(file, toJson(baseline));
	}

	public static String toJson(Baseline baseline) {
		ObjectNode root = MAPPER.createObjectNode();
		ArrayNode findings = root.putArray("findings");
		for (Baseline.Entry e : baseline.findings()) {
			entry(findings.addObject(), e);
		}
		try {
			return MAPPER.writeValueAsString(root) + "\n";
		} catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	/** One entry's fields, in the contract's order; also the shape of the audit JSON's {@code fixed}. */
	static ObjectNode entry(ObjectNode o, Baseline.Entry e) {
		o.put("fingerprint", e.fingerprint());
		o.put("code", e.code());
		o.put("organ", e.organ());
		if (e.year() == null) {
			o.putNull("year");
		} else {
			o.put("year", e.year());
		}
		o.put("cell", e.cell());
		o.put("message", e.message());
		o.put("status", e.status());
		o.put("reason", e.reason());
		return o;
	}

	private static String text(JsonNode n, String field) {
		JsonNode v = n.get(field);
		return v == null || v.isNull() ? null : v.asText();
	}
}
