package org.nianbao.cli;

import java.nio.file.Path;
import java.util.List;

import org.nianbao.validation.Finding;

/** Validation of one report for the audit, with last year's report when one is known. */
final class Validation {
	private Validation() {
	}

	static List<Finding> validate(Path report, Path previous) {
		return ValidateCommand.validate(List.of(report));
	}
}
