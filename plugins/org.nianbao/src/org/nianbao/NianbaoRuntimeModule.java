package org.nianbao;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.FormatterPreferenceValuesProvider;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.nianbao.conversion.NianbaoValueConverters;
import org.nianbao.formatting2.NianbaoFormatter;
import org.nianbao.scoping.LibraryGlobalScopeProvider;
import org.nianbao.scoping.NianbaoResourceSet;

import com.google.inject.Binder;

/** Wires Nianbao's customisations into the generated runtime module. */
public class NianbaoRuntimeModule extends AbstractNianbaoRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return NianbaoValueConverters.class;
	}

	/** Chinese keywords and full-width signs reach the parser as their twins: see Aliases. */
	@Override
	public Class<? extends org.eclipse.xtext.parser.antlr.Lexer> bindLexer() {
		return org.nianbao.parser.AliasingLexer.class;
	}

	@Override
	public com.google.inject.Provider<? extends org.nianbao.parser.antlr.internal.InternalNianbaoLexer> provideInternalNianbaoLexer() {
		return org.eclipse.xtext.parser.antlr.LexerProvider.create(org.nianbao.parser.AliasingLexer.class);
	}

	@Override
	public void configureRuntimeLexer(Binder binder) {
		binder.bind(org.eclipse.xtext.parser.antlr.Lexer.class)
				.annotatedWith(com.google.inject.name.Names.named(org.eclipse.xtext.parser.antlr.LexerBindings.RUNTIME))
				.to(org.nianbao.parser.AliasingLexer.class);
	}

	/** The generated parser behind the input limits (size, nesting depth): see GuardedNianbaoParser. */
	@Override
	public Class<? extends org.eclipse.xtext.parser.IParser> bindIParser() {
		return org.nianbao.parser.GuardedNianbaoParser.class;
	}

	/** Limits on rows, cells and text lengths, registered beside the main validator. */
	@org.eclipse.xtext.service.SingletonBinding(eager = true)
	public Class<? extends org.nianbao.validation.LimitsValidator> bindLimitsValidator() {
		return org.nianbao.validation.LimitsValidator.class;
	}

	/** The `|` between column groups in a row, registered beside the main validator. */
	@org.eclipse.xtext.service.SingletonBinding(eager = true)
	public Class<? extends org.nianbao.validation.GroupBarValidator> bindGroupBarValidator() {
		return org.nianbao.validation.GroupBarValidator.class;
	}

	// Services every resource is injected with. Xtext binds them unscoped, so Guice built a fresh
	// graph of some 80 objects (serializer, linking service, scope providers…) for every resource
	// loaded: a tenth of batch validation. They keep no state between calls; one per injector.

	@Override
	@org.eclipse.xtext.service.SingletonBinding
	public Class<? extends org.eclipse.xtext.serializer.ISerializer> bindISerializer() {
		return super.bindISerializer();
	}

	@Override
	@org.eclipse.xtext.service.SingletonBinding
	public Class<? extends org.eclipse.xtext.scoping.IScopeProvider> bindIScopeProvider() {
		return super.bindIScopeProvider();
	}

	@Override
	@org.eclipse.xtext.service.SingletonBinding
	public Class<? extends org.eclipse.xtext.naming.IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return super.bindIQualifiedNameProvider();
	}

	@Override
	@org.eclipse.xtext.service.SingletonBinding
	public Class<? extends org.eclipse.xtext.linking.ILinkingService> bindILinkingService() {
		return super.bindILinkingService();
	}

	@Override
	@org.eclipse.xtext.service.SingletonBinding
	public Class<? extends org.eclipse.xtext.validation.IConcreteSyntaxValidator> bindConcreteSyntaxValidator() {
		return super.bindConcreteSyntaxValidator();
	}

	@Override
	@org.eclipse.xtext.service.SingletonBinding
	public Class<? extends org.eclipse.xtext.resource.IFragmentProvider> bindIFragmentProvider() {
		return super.bindIFragmentProvider();
	}

	public void configureResourceServiceProvider(Binder binder) {
		binder.bind(org.eclipse.xtext.resource.IResourceServiceProvider.class)
				.to(org.eclipse.xtext.resource.impl.DefaultResourceServiceProvider.class).in(com.google.inject.Singleton.class);
	}

	public Class<? extends org.eclipse.xtext.validation.IDiagnosticConverter> bindIDiagnosticConverter() {
		return org.nianbao.validation.NianbaoDiagnosticConverter.class;
	}

	@org.eclipse.xtext.service.SingletonBinding
	public Class<? extends org.eclipse.xtext.validation.IResourceValidator> bindIResourceValidator() {
		return org.nianbao.validation.NianbaoResourceValidator.class;
	}

	@Override
	public Class<? extends org.eclipse.emf.ecore.util.Diagnostician> bindDiagnostician() {
		return org.nianbao.validation.NianbaoDiagnostician.class;
	}

	@Override
	public Class<? extends org.eclipse.xtext.linking.ILinker> bindILinker() {
		return org.nianbao.linking.NianbaoLinker.class;
	}

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return LibraryGlobalScopeProvider.class;
	}

	@Override
	public Class<? extends XtextResourceSet> bindXtextResourceSet() {
		return NianbaoResourceSet.class;
	}

	@Override
	public Class<? extends ResourceSet> bindResourceSet() {
		return NianbaoResourceSet.class;
	}

	public Class<? extends org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return org.nianbao.parser.NianbaoSyntaxErrorMessages.class;
	}

	public Class<? extends org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return org.nianbao.scoping.NianbaoLinkingMessages.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return NianbaoFormatter.class;
	}

	/**
	 * EMF's generic constraints (multiplicities, unresolved proxies) add nothing the grammar and
	 * the linker do not already report, and cost every validated object a reflective pass.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bindConstant().annotatedWith(com.google.inject.name.Names.named(
				org.eclipse.xtext.validation.CompositeEValidator.USE_EOBJECT_VALIDATOR)).to(false);
	}

	public void configureFormatterPreferences(Binder binder) {
		binder.bind(IPreferenceValuesProvider.class).annotatedWith(FormatterPreferences.class)
				.to(org.nianbao.formatting2.NianbaoFormatterPreferences.class);
	}
}
