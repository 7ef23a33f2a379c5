package org.nianbao.cli;

import java.nio.file.Path;
import java.util.List;

import org.nianbao.validation.Finding;

/** Validation of one report for the audit, against last year's report when one was matched. */
final class Validation {
	private Validation() {
	}

	/** {@code previous} applies unless the report names its own ({@code 上年 "…"}), as in `validate --previous`. */
	static List<Finding> validate(Path report, Path previous) {
		return ValidateCommand.validate(List.of(report), previous, "zh");
	}
}
