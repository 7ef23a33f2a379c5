package org.nianbao.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The checks of a report against its template, one validator per rule family, sharing one
 * validation run ({@link ValidationRun}): arithmetic (NB1xx, the template's relations), structure
 * (NB2xx), cross-year, narrative and format (NB3xx, the template's {@code crossyear}, {@code fact},
 * {@code limit}, {@code require}, {@code distinct}, {@code years}, {@code deadline} and {@code agree}). No report
 * kind is named in Java: a template that declares a rule gets its check. Cell diagnostics sit on
 * the cell token and carry {@link Finding}'s data layout; messages come from
 * {@link org.nianbao.diagnostics.Messages}.
 */
@ComposedChecks(validators = { ArithmeticValidator.class, StructureValidator.class, CrossYearValidator.class,
		NarrativeValidator.class, FormatValidator.class, YearAgreementValidator.class })
public class NianbaoValidator extends AbstractNianbaoValidator {
}
