package org.nianbao.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.parser.Aliases;
import org.nianbao.services.NianbaoGrammarAccess;
import org.nianbao.tests.NianbaoInjectorProvider;

import com.google.inject.Inject;

/** The alias table and the grammar agree; a rule added with an English keyword and no alias fails here. */
@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class AliasesTest {

	@Inject
	private NianbaoGrammarAccess grammar;

	@Inject
	private Snippets snippets;

	@Test
	void everyEnglishKeywordOfTheGrammarHasAChineseAlias() {
		Set<String> missing = new TreeSet<>();
		for (Keyword k : GrammarUtil.containedKeywords(grammar.getGrammar())) {
			if (!(GrammarUtil.containingRule(k) instanceof org.eclipse.xtext.TerminalRule) && k.getValue().matches("[a-z]+")
					&& Aliases.chinese(k.getValue()) == null) {
				missing.add(k.getValue());
			}
		}
		assertEquals(Set.of(), missing);
	}

	@Test
	void theAliasTerminalReadsExactlyTheTable() {
		Set<String> read = new TreeSet<>();
		for (Keyword k : GrammarUtil.containedKeywords(grammar.getALIASRule())) {
			read.add(k.getValue());
		}
		Set<String> table = new TreeSet<>(Aliases.KEYWORDS.keySet());
		table.addAll(Aliases.PUNCTUATION.keySet());
		assertEquals(table, read);
		// and each twin is a keyword of the grammar
		List<String> twins = new ArrayList<>(Aliases.KEYWORDS.values());
		twins.addAll(Aliases.PUNCTUATION.values());
		Set<String> keywords = new TreeSet<>();
		GrammarUtil.containedKeywords(grammar.getGrammar()).forEach(k -> keywords.add(k.getValue()));
		assertEquals(List.of(), twins.stream().filter(t -> !keywords.contains(t)).toList());
	}

	/** 表 alone is the keyword; 表格, 行政 and 表头 (a prefix of 表头角) stay names. */
	@Test
	void aKeywordInsideALongerNameIsPartOfTheName() {
		String text = Snippets.templateWithRows("表格 \"表格\"  行政 \"行政\"  表头 \"表头\"", "") + """
				报告 报 : 模 {
				  章节 节 {
				    表 表一 {
				      表格 1 1 自动
				      行政 1 1 自动
				      表头 1 1 自动
				    }
				  }
				}
				""";
		List<Issue> issues = snippets.validate(text);
		assertEquals(List.of(), issues);
	}
}
