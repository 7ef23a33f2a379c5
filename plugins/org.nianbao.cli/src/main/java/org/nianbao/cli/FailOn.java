package org.nianbao.cli;

import org.nianbao.importer.audit.AuditSummary;
import org.nianbao.importer.audit.BaselineComparison;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * `audit --fail-on`: which findings make the audit exit 1. {@code errors} (the default, as before
 * baselines existed): any error the reviewer has not dismissed; {@code new}: any finding the
 * baseline does not hold (without a baseline every finding is new); {@code never}: exit 0 whatever
 * was found (usage and I/O problems still exit 2).
 */
enum FailOn {
	NEW("new"), ERRORS("errors"), NEVER("never");

	final String option;

	FailOn(String option) {
		this.option = option;
	}

	boolean fails(AuditSummary s) {
		return switch (this) {
		case NEVER -> false;
		case NEW -> s.findings.stream().anyMatch(f -> s.baseline == null || BaselineComparison.NEW.equals(s.baselineState(f)));
		case ERRORS -> s.findings.stream().anyMatch(f -> f.isError() && !BaselineComparison.DISMISSED.equals(s.baselineState(f)));
		};
	}

	/** The option's values are lower case, and {@code new} cannot be a Java name. */
	static final class Converter implements ITypeConverter<FailOn> {
		@Override
		public FailOn convert(String value) {
			for (FailOn f : values()) {
				if (f.option.equals(value)) {
					return f;
				}
			}
			throw new TypeConversionException("--fail-on 应为 new、errors 或 never，而不是“" + value
					+ "” (expected new, errors or never)");
		}
	}
}
