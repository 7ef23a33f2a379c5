package org.nianbao.tests.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nianbao.library.Library;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Node;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.SectionDef;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.Template;
import org.nianbao.tests.Fixtures;
import org.nianbao.tests.NianbaoInjectorProvider;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * The national formats live in the library templates: no main Java source (plugins/&#42;/src, not
 * tests, not src-gen) names one of their sections, tables, rows or columns. A string literal is
 * flagged when it is such a name or a dotted path of them ({@code "其他处理.其他"}), or holds a name
 * of three characters or more; comments may mention them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(NianbaoInjectorProvider.class)
class NoFormatNamesInJavaTest {

	/**
	 * Known literals that are the same word as a name but mean something else, with the reason.
	 * Keyed by file name, then the literal.
	 */
	static final Map<String, Map<String, String>> ALLOWED = Map.of();

	/** The benchmark harness generates national-format reports: test material, not the product. */
	static final Set<String> NOT_MAIN = Set.of("org.nianbao.bench");

	@Inject
	Provider<XtextResourceSet> resourceSets;

	Set<String> names() {
		Set<String> names = new TreeSet<>();
		XtextResourceSet rs = resourceSets.get();
		for (String file : Library.FILES) {
			Resource r = rs.getResource(Library.uri(file), true);
			for (var e : ((NianbaoFile) r.getContents().get(0)).getElements()) {
				Template t = (Template) e;
				for (SectionDef s : t.getSections()) {
					names.add(s.getName());
					for (TableDef table : s.getTables()) {
						names.add(table.getName());
						for (Node n : Tables.allNodes(table.getColumns().getNodes())) {
							names.add(n.getName());
						}
						for (Node n : Tables.allNodes(table.getRows().getNodes())) {
							names.add(n.getName());
						}
					}
				}
			}
		}
		return names;
	}

	static List<Path> mainSources() throws IOException {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> plugins = Files.list(Fixtures.root().resolve("plugins"))) {
			for (Path plugin : plugins.sorted().toList()) {
				String module = plugin.getFileName().toString();
				if (module.endsWith(".tests") || NOT_MAIN.contains(module) || !Files.isDirectory(plugin.resolve("src"))) {
					continue;
				}
				try (Stream<Path> s = Files.walk(plugin.resolve("src"))) {
					s.filter(p -> p.toString().endsWith(".java"))
							.filter(p -> !p.toString().contains("/src/test/") && !p.toString().contains("/src-gen/"))
							.forEach(files::add);
				}
			}
		}
		return files;
	}

	@Test
	void noMainJavaSourceNamesASectionTableRowOrColumnOfTheNationalFormats() throws IOException {
		Set<String> names = names();
		assertTrue(names.containsAll(List.of("申请", "上年结转", "结转下年", "规章文件", "现行有效", "总体情况", "其他事项")), names::toString);
		List<Path> files = mainSources();
		assertTrue(files.size() > 50, "main sources: " + files.size());
		List<String> found = new ArrayList<>();
		for (Path f : files) {
			Map<String, String> allowed = ALLOWED.getOrDefault(f.getFileName().toString(), Map.of());
			for (String literal : JavaLiterals.strings(Fixtures.read(f))) {
				if (!allowed.containsKey(literal) && namesFormat(literal, names)) {
					found.add(Fixtures.root().relativize(f) + ": \"" + literal + "\"");
				}
			}
		}
		assertEquals("", String.join("\n", found));
	}

	@Test
	void theScanFindsANameInALiteralButNotInAComment() {
		Set<String> names = Set.of("申请", "上年结转");
		String java = "// 申请\nclass A { /* 上年结转 */ String a = table(\"申请\"); String b = \"上年结转应为\"; char c = '\"'; }";
		List<String> literals = JavaLiterals.strings(java);
		assertEquals(List.of("申请", "上年结转应为"), literals);
		assertTrue(namesFormat("申请", names));
		assertTrue(namesFormat("上年结转应为", names));
		assertTrue(namesFormat("申请.上年结转", names));
		assertTrue(!namesFormat("依申请公开的", names), "a two-character name only as a whole literal or path");
	}

	static boolean namesFormat(String literal, Set<String> names) {
		String s = literal.strip();
		if (names.contains(s)) {
			return true;
		}
		String[] parts = s.split("\\.");
		if (parts.length > 1 && java.util.Arrays.stream(parts).allMatch(names::contains)) {
			return true;
		}
		for (String n : names) {
			if (n.length() >= 3 && s.contains(n)) {
				return true;
			}
		}
		return false;
	}
}
