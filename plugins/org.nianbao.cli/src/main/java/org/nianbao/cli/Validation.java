package org.nianbao.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.URI;
import org.nianbao.io.AtomicFiles;
import org.nianbao.validation.Finding;

/**
 * Validation of one report for the audit. With last year's report, the report is validated as a
 * copy that names it ({@code 上年 "…"}), written on the report's header line so that every finding
 * keeps its line; the input itself is never touched.
 */
final class Validation {
	private Validation() {
	}

	private static final Pattern NAMES_PREVIOUS = Pattern.compile("(^|[\\s{])上年\\s*\"");
	private static final Pattern HEADER = Pattern.compile("report\\s+[^\\s:]+\\s*:\\s*[^\\s{]+\\s*\\{");

	static List<Finding> validate(Path report, Path previous, Path workDir) {
		Path validated = report;
		if (previous != null) {
			try {
				validated = linkedCopy(report, previous, workDir);
			} catch (IOException e) {
				throw new UserError(report + ": 无法准备跨年度校验 (" + e.getMessage() + ")", e);
			}
		}
		List<Path> files = new ArrayList<>(List.of(validated));
		if (previous != null) {
			files.add(previous);
		}
		String own = validated.toString();
		List<Finding> result = new ArrayList<>();
		for (Finding f : ValidateCommand.validate(files)) {
			// Only the report's own findings: last year's report is context, audited in its own run.
			if (f.file().equals(own)) {
				result.add(new Finding(report.toString(), f.line(), f.column(), f.endLine(), f.endColumn(), f.severity(),
						f.code(), f.message(), f.expected(), f.actual(), f.table(), f.row(), f.col()));
			}
		}
		return result;
	}

	/** A copy of the report naming last year's; a report that names its own keeps it. */
	static Path linkedCopy(Path report, Path previous, Path workDir) throws IOException {
		String source = Files.readString(report, StandardCharsets.UTF_8);
		if (NAMES_PREVIOUS.matcher(source).find()) {
			return report;
		}
		Matcher m = HEADER.matcher(source);
		if (!m.find()) {
			return report;
		}
		String path = URI.createFileURI(previous.toAbsolutePath().normalize().toString()).toFileString();
		String linked = source.substring(0, m.end()) + " 上年 \"" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\""
				+ source.substring(m.end());
		Path copy = workDir.resolve(Files.createTempDirectory(Files.createDirectories(workDir), "r").getFileName())
				.resolve(report.getFileName());
		AtomicFiles.write(copy, linked);
		return copy;
	}
}
