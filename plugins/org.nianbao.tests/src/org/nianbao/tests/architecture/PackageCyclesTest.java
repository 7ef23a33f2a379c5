package org.nianbao.tests.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The runtime's packages form no cycle (each first-level package of org.nianbao is one slice, the
 * generated ones included), and the codes and messages sit below everything else.
 */
class PackageCyclesTest {

	/** The runtime as the tests see it (its jar in the reactor, its classes in an IDE); not the tests. */
	static final JavaClasses RUNTIME = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.withImportOption(location -> !location.contains("/org/nianbao/tests/")).importPackages("org.nianbao");

	@Test
	void theRuntimesPackagesAreFreeOfCycles() {
		slices().matching("org.nianbao.(*)..").should().beFreeOfCycles().check(RUNTIME);
	}

	@Test
	void codesAndMessagesDependOnNoOtherPackageButTheLibraryNames() {
		noClasses().that().resideInAPackage("org.nianbao.diagnostics..").should().dependOnClassesThat()
				.resideInAnyPackage("org.nianbao.validation..", "org.nianbao.arithmetic..", "org.nianbao.scoping..",
						"org.nianbao.parser..", "org.nianbao.model..", "org.nianbao.nianbao..", "org.nianbao.conversion..",
						"org.nianbao.linking..", "org.nianbao.formatting2..", "org.nianbao.text..")
				.check(RUNTIME);
	}
}
