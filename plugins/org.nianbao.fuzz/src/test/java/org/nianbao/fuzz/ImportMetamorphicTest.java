package org.nianbao.fuzz;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.nianbao.importer.ArithmeticRowChecker;
import org.nianbao.importer.ImportException;
import org.nianbao.importer.Importer;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Cell;
import org.nianbao.nianbao.NumberCell;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.TableData;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Metamorphic properties of the importer over the published text reports (the samples and the
 * corpus): re-flowing narrative lines, full-width digits and signs, spacing around separators, and
 * page furniture (form feeds, page numbers, a running header) never change an imported cell; and a
 * perturbed input (a digit changed, dropped or doubled, two characters swapped) either imports to
 * the original cells or the import or the validation of its result reports something in that table.
 * Never a silent wrong number. Bounded tries in the default run; see junit-platform.properties.
 */
class ImportMetamorphicTest {

	private static final List<String> TEXTS = new ArrayList<>();
	private static final Map<String, Map<String, List<BigDecimal>>> ORIGINAL = new LinkedHashMap<>();

	static {
		for (var p : Fuzz.files("examples/published", ".txt")) {
			TEXTS.add(Fuzz.read(p));
		}
		Path corpus = Fuzz.root().resolve("examples/corpus").normalize();
		for (String name : List.of("pingtan-zone-2021.txt", "huaian-city-2024.txt", "shanghai-govoffice-2025.txt")) {
			try {
				String all = Files.readString(corpus.resolve(name), StandardCharsets.UTF_8);
				TEXTS.add(all.substring(all.indexOf('\n') + 1));
			} catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	/** The importer prints the formatted form itself (no formatting pass): `nianbao fmt` must leave it alone. */
	private static void checkFormatted(String source, XtextResource parsed) {
		String formatted = Fuzz.injector().getInstance(org.nianbao.formatting2.SourceFormatter.class).format(parsed);
		Fuzz.check(formatted.equals(source), "the imported source is not in its formatted form");
	}

	private static Importer importer() {
		return new Importer(Fuzz.injector(), new ArithmeticRowChecker());
	}

	private static Map<String, List<BigDecimal>> cellsOf(XtextResource r) {
		Map<String, List<BigDecimal>> result = new LinkedHashMap<>();
		for (TableData t : EcoreUtil2.getAllContentsOfType(r.getContents().get(0), TableData.class)) {
			for (RowData row : t.getRows()) {
				List<BigDecimal> values = new ArrayList<>();
				for (Cell c : row.getCells()) {
					values.add(c instanceof NumberCell n ? n.getValue().stripTrailingZeros() : null);
				}
				result.put(t.getTable().getName() + "/" + Tables.pathString(row.getRow()), values);
			}
		}
		return result;
	}

	private static Map<String, List<BigDecimal>> original(String text) {
		return ORIGINAL.computeIfAbsent(text, t -> {
			try {
				return cellsOf(Fuzz.parse(importer().importBytes("o.txt", t.getBytes(StandardCharsets.UTF_8),
						Importer.TemplateChoice.AUTO).source()));
			} catch (ImportException e) {
				throw new AssertionError(e.getMessage());
			}
		});
	}

	/** Changes of form only: what a page's layout, an input method or a printer does to the same report. */
	enum Form {
		REFLOW, FULL_WIDTH, SPACING, PAGE_FURNITURE;

		String apply(String text, long seed) {
			Random r = new Random(seed);
			List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
			switch (this) {
			case REFLOW -> {
				// narrative lines broken again at another place, as a narrower page would
				for (int i = 0; i < lines.size(); i++) {
					String l = lines.get(i);
					if (l.length() > 80 && l.indexOf('|') < 0 && r.nextBoolean()) {
						int at = 30 + r.nextInt(l.length() - 60);
						if (!Character.isDigit(l.charAt(at)) && !Character.isDigit(l.charAt(at - 1))) {
							lines.set(i, l.substring(0, at));
							lines.add(i + 1, l.substring(at));
							i++;
						}
					}
				}
			}
			case FULL_WIDTH -> {
				StringBuilder sb = new StringBuilder();
				for (char c : text.toCharArray()) {
					sb.append(c >= '0' && c <= '9' && r.nextInt(3) > 0 ? (char) (c + 0xfee0) : c == '(' ? '（' : c == ')' ? '）' : c);
				}
				return sb.toString();
			}
			case SPACING -> {
				for (int i = 0; i < lines.size(); i++) {
					String l = lines.get(i);
					if (l.indexOf('|') >= 0) {
						String pad = " ".repeat(r.nextInt(3));
						lines.set(i, l.replaceAll("\\s*\\|\\s*", pad + "|" + pad));
					} else if (r.nextInt(4) == 0) {
						lines.set(i, "   " + l + "  ");
					}
				}
			}
			case PAGE_FURNITURE -> {
				// form feeds with a page number and a running header at a few places between lines
				int pages = 3 + r.nextInt(3);
				for (int p = 1; p <= pages; p++) {
					int at = 1 + r.nextInt(Math.max(1, lines.size() - 1));
					String number = switch (r.nextInt(3)) {
					case 0 -> "- " + p + " -";
					case 1 -> "— " + p + " —";
					default -> "第 " + p + " 页";
					};
					lines.add(at, number);
					lines.add(at + 1, "\f某某单位政府信息公开专栏");
				}
			}
			}
			return String.join("\n", lines);
		}
	}

	@Provide
	Arbitrary<Integer> texts() {
		return Arbitraries.integers().between(0, TEXTS.size() - 1);
	}

	@Property
	void aChangeOfFormNeverChangesAnImportedCell(@ForAll("texts") int which, @ForAll Form form, @ForAll long seed)
			throws Exception {
		String text = TEXTS.get(which);
		String changed = form.apply(text, seed);
		Fuzz.bounded(changed, "import-form-" + form, () -> {
			var result = importer().importBytes("f.txt", changed.getBytes(StandardCharsets.UTF_8), Importer.TemplateChoice.AUTO);
			XtextResource parsed = Fuzz.parse(result.source());
			Map<String, List<BigDecimal>> got = cellsOf(parsed);
			Fuzz.check(got.equals(original(text)), form + " changed a cell of text " + which + ":\n" + diff(original(text), got));
			checkFormatted(result.source(), parsed);
			return null;
		});
	}

	@Provide
	Arbitrary<int[]> perturbations() {
		return Combinators.combine(Arbitraries.integers().between(0, TEXTS.size() - 1), Arbitraries.integers().between(0, 3),
				Arbitraries.integers().between(0, Integer.MAX_VALUE)).as((t, kind, where) -> new int[] { t, kind, where });
	}

	@Property
	void aPerturbedInputGivesTheOriginalCellsOrReportsItInTheTable(@ForAll("perturbations") int[] p) throws Exception {
		String text = TEXTS.get(p[0]);
		List<Integer> digits = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			if (Character.isDigit(text.charAt(i))) {
				digits.add(i);
			}
		}
		int at = digits.get(Math.floorMod(p[2], digits.size()));
		String changed = switch (p[1]) {
		case 0 -> text.substring(0, at) + (char) ('0' + (text.charAt(at) - '0' + 1) % 10) + text.substring(at + 1);
		case 1 -> text.substring(0, at) + text.substring(at + 1);
		case 2 -> text.substring(0, at) + text.charAt(at) + text.substring(at);
		default -> at + 1 < text.length()
				? text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2) : text;
		};
		Fuzz.bounded(changed, "import-perturbed", () -> {
			Importer.Result result;
			try {
				result = importer().importBytes("p.txt", changed.getBytes(StandardCharsets.UTF_8), Importer.TemplateChoice.AUTO);
			} catch (ImportException e) {
				return null; // refused, with its code: no number at all
			}
			XtextResource r = Fuzz.parse(result.source());
			EcoreUtil.resolveAll(r);
			checkFormatted(result.source(), r);
			Map<String, List<BigDecimal>> got = cellsOf(r), want = original(text);
			List<Issue> issues = Fuzz.injector().getInstance(IResourceValidator.class).validate(r, CheckMode.ALL,
					CancelIndicator.NullImpl);
			boolean importSaid = result.messages().stream().anyMatch(m -> !"info".equals(m.severity()) && !m.code().equals("NB056"));
			for (var e : got.entrySet()) {
				List<BigDecimal> w = want.get(e.getKey());
				for (int c = 0; c < e.getValue().size(); c++) {
					BigDecimal v = e.getValue().get(c);
					if (v == null || w != null && c < w.size() && v.equals(w.get(c))) {
						continue;
					}
					String table = e.getKey().substring(0, e.getKey().indexOf('/'));
					boolean validationSaid = issues.stream().anyMatch(i -> i.getCode() != null && i.getCode().startsWith("NB1")
							&& i.getData() != null && i.getData().length > 2 && table.equals(i.getData()[2]));
					// a changed digit in a table without relations (第二十条) is the publication as printed:
					// the import read it exactly; nothing can check it but last year's report
					org.nianbao.nianbao.TableDef def = EcoreUtil2.getAllContentsOfType(r.getContents().get(0), TableData.class).stream()
							.map(TableData::getTable).filter(d -> d.getName().equals(table)).findFirst().orElseThrow();
					boolean unchecked = def.getRules().isEmpty() && Tables.columnLeaves(def).stream().noneMatch(Tables::isDerived)
							&& Tables.rowLeaves(def).stream().noneMatch(Tables::isDerived);
					Fuzz.check(importSaid || validationSaid || unchecked, "a silent different number in " + e.getKey() + " column " + c
							+ ": " + v + " (was " + (w == null ? null : w.get(c)) + ")");
				}
			}
			return null;
		});
	}

	private static String diff(Map<String, List<BigDecimal>> a, Map<String, List<BigDecimal>> b) {
		StringBuilder sb = new StringBuilder();
		for (var e : a.entrySet()) {
			if (!e.getValue().equals(b.get(e.getKey()))) {
				sb.append(e.getKey()).append(": ").append(e.getValue()).append(" → ").append(b.get(e.getKey())).append('\n');
			}
		}
		b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(k -> sb.append("extra ").append(k).append('\n'));
		return sb.toString();
	}
}
