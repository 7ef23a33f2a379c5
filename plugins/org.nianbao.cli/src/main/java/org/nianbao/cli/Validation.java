package org.nianbao.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.nianbao.validation.Finding;

/** Validation of one report for the audit, with last year's report loaded beside it when one is known. */
final class Validation {
	private Validation() {
	}

	static List<Finding> validate(Path report, Path previous) {
		List<Path> files = new ArrayList<>(List.of(report));
		if (previous != null) {
			files.add(previous);
		}
		String own = report.toString();
		// Only the report's own findings: last year's report is context, audited in its own run.
		return ValidateCommand.validate(files).stream().filter(f -> f.file().equals(own)).toList();
	}
}
