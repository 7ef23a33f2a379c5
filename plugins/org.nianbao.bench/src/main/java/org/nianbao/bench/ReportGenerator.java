package org.nianbao.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.nianbao.arithmetic.Arithmetic;
import org.nianbao.arithmetic.CellKey;
import org.nianbao.arithmetic.TableResult;
import org.nianbao.library.Library;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.NianbaoFile;
import org.nianbao.nianbao.NodeRef;
import org.nianbao.nianbao.Rule;
import org.nianbao.nianbao.SectionDef;
import org.nianbao.nianbao.TableDef;
import org.nianbao.nianbao.Template;

import com.google.inject.Injector;

/**
 * Writes realistic reports of a template, driven by the template alone: random counts (mostly
 * small, a few large) in the cells nobody derives, and the totals and the rules' balancing row
 * solved by the {@link Arithmetic} service, so a consistent report satisfies every relation.
 * Faults can be planted (a changed number, a negative, a fraction, a blank total), and the layout
 * can be made messy (uneven spaces, tabs, ideographic spaces, comments, blank lines) for the
 * formatter's tests. Same seed, same report.
 */
public final class ReportGenerator {

	/** A generated report: its text and what was planted in it. */
	public record Generated(String name, String text, List<String> faults, int lines) {
		public boolean consistent() {
			return faults.isEmpty();
		}
	}

	private static final String[] ORGANS = { "中山市港口镇人民政府", "恩平市人民政府办公室", "某市自然资源局", "某县教育局",
			"某区市场监督管理局", "某市生态环境局", "某街道办事处", "某市人力资源和社会保障局" };

	private static final String[] SENTENCES = { "我单位坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》。",
			"本年度通过政府门户网站主动公开政府信息644条，其中政策文件18条、公告公示180条。", "依申请公开工作总体平稳，申请内容主要集中在土地征收、规划许可等方面。",
			"严格落实信息发布“三审三校”制度，确保信息发布准确、及时、安全。", "政务新媒体共发布推文2828条，总阅读量超250万次。",
			"一是存在审核把关不严的问题；二是网站信息更新不及时；三是相关岗位人员专业性不够强。",
			"下一步，我们将继续深入贯彻条例，推动政府信息公开工作取得新进展。", "本年度未发出收费通知，未收取信息处理费。",
			"(一)做好政务新媒体和政府网站信息主动公开工作。", "对表述不当、敏感信息加强监测，纠正错敏字63处。" };

	private final Arithmetic arithmetic;
	private final Template template;

	/** A generator for one library template ({@link Library#GOV_2021} or {@link Library#GOV_2019}). */
	public ReportGenerator(Injector injector, String libraryFile) {
		this.arithmetic = injector.getInstance(Arithmetic.class);
		XtextResourceSet rs = injector.getInstance(XtextResourceSet.class);
		Resource r = rs.getResource(Library.uri(libraryFile), true);
		this.template = (Template) ((NianbaoFile) r.getContents().get(0)).getElements().get(0);
	}

	public Template template() {
		return template;
	}

	/** A report; {@code faults} cells are planted wrong (0: consistent); {@code messy}: uneven layout. */
	public Generated generate(long seed, int faults, boolean messy) {
		Random rnd = new Random(seed);
		Map<TableDef, Map<CellKey, BigDecimal>> values = new LinkedHashMap<>();
		for (TableDef table : Tables.allTables(template)) {
			values.put(table, consistentValues(table, rnd));
		}
		List<String> planted = new ArrayList<>();
		Set<CellKey> blank = new HashSet<>();
		Map<CellKey, String> written = new HashMap<>();
		List<TableDef> tables = new ArrayList<>(values.keySet());
		for (int i = 0; i < faults; i++) {
			TableDef table = tables.get(rnd.nextInt(tables.size()));
			List<CellKey> cells = new ArrayList<>(values.get(table).keySet());
			CellKey cell = cells.get(rnd.nextInt(cells.size()));
			BigDecimal v = values.get(table).get(cell);
			switch (rnd.nextInt(4)) {
			case 0 -> {
				written.put(cell, v.add(BigDecimal.valueOf(1 + rnd.nextInt(9))).toPlainString());
				planted.add("mismatch " + cell.display());
			}
			case 1 -> {
				written.put(cell, "-" + (1 + rnd.nextInt(9)));
				planted.add("negative " + cell.display());
			}
			case 2 -> {
				written.put(cell, cell.isDecimal() ? v.add(new BigDecimal("1.5")).toPlainString() : v + ".5");
				planted.add((cell.isDecimal() ? "mismatch " : "fraction ") + cell.display());
			}
			default -> {
				if (Tables.isDerived(cell.row()) || Tables.isDerived(cell.column())) {
					blank.add(cell);
					planted.add("blank total " + cell.display());
				} else {
					written.put(cell, v.add(BigDecimal.TEN).toPlainString());
					planted.add("mismatch " + cell.display());
				}
			}
			}
		}
		String name = "报告" + Long.toUnsignedString(seed, 36);
		StringBuilder b = new StringBuilder();
		b.append("// 生成的报告 seed ").append(seed).append(faults == 0 ? "（一致）" : "（植入错误 " + planted + "）")
				.append('\n');
		b.append("report ").append(name).append(" : ").append(template.getName()).append(" {\n");
		String organ = ORGANS[rnd.nextInt(ORGANS.length)];
		int year = 2019 + rnd.nextInt(7);
		b.append("  标题 \"").append(organ).append(year).append("年政府信息公开工作年度报告\"\n");
		b.append("  机关 \"").append(organ).append("\"\n");
		b.append("  年度 ").append(year).append('\n');
		b.append("  发布 \"").append(year + 1).append("-01-").append(String.format("%02d", 10 + rnd.nextInt(20)))
				.append("\"\n");
		for (SectionDef section : template.getSections()) {
			b.append("\n  section ").append(section.getName()).append(" {\n");
			if (section.getTables().isEmpty()) {
				int paragraphs = 1 + rnd.nextInt(4);
				for (int p = 0; p < paragraphs; p++) {
					b.append("    text \"\"\"");
					int sentences = 1 + rnd.nextInt(6);
					for (int s = 0; s < sentences; s++) {
						b.append(SENTENCES[rnd.nextInt(SENTENCES.length)]);
					}
					b.append("\"\"\"\n");
				}
			}
			for (TableDef table : section.getTables()) {
				b.append("    table ").append(table.getName()).append(" {\n");
				Map<CellKey, BigDecimal> v = values.get(table);
				for (Leaf row : Tables.rowLeaves(table)) {
					b.append("      ").append(Tables.shortestName(row));
					for (Leaf column : Tables.columnLeaves(table)) {
						CellKey cell = new CellKey(row, column);
						b.append(space(rnd, messy));
						if (blank.contains(cell)) {
							b.append('-');
						} else if (written.containsKey(cell)) {
							b.append(written.get(cell));
						} else if (faults == 0 && (Tables.isDerived(row) || Tables.isDerived(column))
								&& rnd.nextInt(20) == 0) {
							b.append("auto");
						} else {
							b.append(v.get(cell).toPlainString());
							if (rnd.nextInt(200) == 0) {
								b.append(" \"").append("注：含").append(rnd.nextInt(5)).append("件转办\"");
							}
						}
					}
					if (messy && rnd.nextInt(8) == 0) {
						b.append("   // 备注 ").append(rnd.nextInt(100));
					}
					b.append('\n');
					if (messy && rnd.nextInt(10) == 0) {
						b.append('\n');
					}
				}
				b.append("    }\n");
			}
			b.append("  }\n");
		}
		b.append("}\n");
		String text = b.toString();
		return new Generated(name, text, planted, (int) text.chars().filter(c -> c == '\n').count());
	}

	private static String space(Random rnd, boolean messy) {
		if (!messy) {
			return " ";
		}
		return switch (rnd.nextInt(6)) {
		case 0 -> "\t";
		case 1 -> "   ";
		case 2 -> "\u3000";
		case 3 -> " \t ";
		default -> " ";
		};
	}

	/**
	 * Random numbers in the cells no formula derives and no rule balances, everything else solved by
	 * the arithmetic service; retried until no solved count is negative.
	 */
	private Map<CellKey, BigDecimal> consistentValues(TableDef table, Random rnd) {
		List<Leaf> rows = Tables.rowLeaves(table);
		List<Leaf> columns = Tables.columnLeaves(table);
		Set<Leaf> balancing = new HashSet<>();
		for (Rule rule : table.getRules()) {
			for (NodeRef ref : EcoreUtil2.getAllContentsOfType(rule.getLeft(), NodeRef.class)) {
				if (ref.getNode() instanceof Leaf leaf && !Tables.isDerived(leaf)) {
					balancing.add(leaf);
					break;
				}
			}
			if (rule.getLeft() instanceof NodeRef ref && ref.getNode() instanceof Leaf leaf && !Tables.isDerived(leaf)) {
				balancing.add(leaf);
			}
		}
		for (int attempt = 0;; attempt++) {
			Map<CellKey, BigDecimal> given = new LinkedHashMap<>();
			for (Leaf row : rows) {
				for (Leaf column : columns) {
					CellKey cell = new CellKey(row, column);
					boolean solved = Tables.isDerived(row) || Tables.isDerived(column) || balancing.contains(row)
							|| balancing.contains(column);
					given.put(cell, solved ? null : attempt > 20 ? BigDecimal.ZERO : random(rnd, cell, rows.size()));
				}
			}
			TableResult result = arithmetic.evaluate(table, given);
			Map<CellKey, BigDecimal> all = new LinkedHashMap<>();
			boolean ok = true;
			for (CellKey cell : given.keySet()) {
				BigDecimal v = result.value(cell);
				if (v == null || (!cell.isSigned() && v.signum() < 0)) {
					ok = false;
					break;
				}
				all.put(cell, v);
			}
			if (ok && result.violations().isEmpty()) {
				return all;
			}
			if (attempt > 25) {
				throw new IllegalStateException("cannot solve table " + table.getName() + ": " + result.violations());
			}
		}
	}

	private static BigDecimal random(Random rnd, CellKey cell, int rowsInTable) {
		if (cell.isDecimal()) {
			return BigDecimal.valueOf(rnd.nextInt(500_000), 2).setScale(2, RoundingMode.UNNECESSARY);
		}
		int r = rnd.nextInt(100);
		if (rowsInTable <= 3) {
			// the small tables of section 二 hold counts of documents and decisions: often large
			return BigDecimal.valueOf(r < 20 ? 0 : r < 70 ? rnd.nextInt(50) : rnd.nextInt(20_000));
		}
		return BigDecimal.valueOf(r < 60 ? 0 : r < 92 ? 1 + rnd.nextInt(20) : 20 + rnd.nextInt(300));
	}
}
