package org.nianbao.importer.audit;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.xtext.EcoreUtil2;
import org.nianbao.arithmetic.KeyFigures;
import org.nianbao.generator.model.ArithmeticComputer;
import org.nianbao.generator.model.CellValue;
import org.nianbao.generator.model.ReportView;
import org.nianbao.generator.model.ReportView.ParagraphView;
import org.nianbao.generator.model.ReportView.SectionView;
import org.nianbao.generator.model.ReportView.TableView;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Group;
import org.nianbao.nianbao.Leaf;
import org.nianbao.nianbao.Node;
import org.nianbao.nianbao.Report;
import org.nianbao.nianbao.SectionDef;
import org.nianbao.nianbao.SectionRepeat;
import org.nianbao.nianbao.Template;

import com.google.inject.Injector;

/** Takes a {@link ReportSnapshot} of a loaded report, with the runtime's services (one instance per audit). */
public final class ReportSnapshots {
	private final KeyFigures figures;
	private final ArithmeticComputer computer;
	/**
	 * One copy of each cell text, key, label and list of them that the snapshots repeat: an audit
	 * keeps a snapshot of every report, and thousands of reports of one template print the same keys
	 * and the same few numbers (without this, 10,000 snapshots held 2.6 million strings, 180 MB).
	 */
	private final SharedValues shared = new SharedValues(SHARED_MAX);
	/** Enough for every template's keys and the numbers reports print; beyond it values are kept as they are. */
	private static final int SHARED_MAX = 1 << 18;
	/** Longer cell texts are kept as they are: they are rare, and seldom repeat. */
	private static final int SHARED_CELL_LENGTH = 16;

	/** Where the narratives go ({@link SpilledNarrative}); null: they stay in memory. */
	private final Path narratives;
	private final AtomicInteger spilled = new AtomicInteger();

	public ReportSnapshots(Injector injector) {
		this(injector, null);
	}

	/** Snapshots whose narratives are kept in files in {@code narratives} (made when missing). */
	public ReportSnapshots(Injector injector, Path narratives) {
		this.figures = injector.getInstance(KeyFigures.class);
		this.computer = injector.getInstance(ArithmeticComputer.class);
		this.narratives = narratives;
	}

	/** The snapshot; null for a report without a template (nothing to compare). */
	public ReportSnapshot of(Report report) {
		Template template = report == null ? null : Tables.template(report);
		if (template == null) {
			return null;
		}
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		for (KeyFigures.Figure f : figures.of(report)) {
			values.put(shared(f.name()), f.value());
			labels.put(shared(f.name()), shared(f.label()));
		}
		ReportView view = ReportView.of(report, "", List.of(), computer);
		Map<String, String> sections = new LinkedHashMap<>();
		for (SectionView s : view.sections()) {
			StringBuilder sb = new StringBuilder();
			s.blocks().stream().filter(ParagraphView.class::isInstance).map(ParagraphView.class::cast)
					.forEach(p -> sb.append(p.text()).append('\n'));
			sections.put(shared(s.def().getName()), sb.toString());
		}
		if (narratives != null) {
			sections = spill(sections);
		}
		List<ReportSnapshot.Table> tables = new ArrayList<>();
		for (TableView t : view.tables()) {
			List<Leaf> rows = t.rows(), columns = t.columns();
			String[][] cells = new String[rows.size()][columns.size()];
			List<String> rowKeys = new ArrayList<>(), rowLabels = new ArrayList<>();
			for (int i = 0; i < rows.size(); i++) {
				for (int j = 0; j < columns.size(); j++) {
					String text = text(t.cell(i, j));
					cells[i][j] = text.length() <= SHARED_CELL_LENGTH ? shared(text) : text;
				}
				// a group printed as one row of totals goes under the group's key and label (as the cell export has it)
				Node row = t.layout().rowNode(i);
				rowKeys.add(Tables.pathString(row));
				rowLabels.add(row instanceof Group g ? g.getLabel() : rows.get(i).getLabel());
			}
			tables.add(new ReportSnapshot.Table(shared(t.def().getName()), shared(t.def().getCaption()), shared(java.util.Collections.unmodifiableList(rowKeys)),
					shared(java.util.Collections.unmodifiableList(rowLabels)), shared(columns.stream().map(Tables::pathString).toList()),
					shared(columns.stream().map(Leaf::getLabel).toList()), cells));
		}
		SectionDef repeat = EcoreUtil2.typeSelect(template.getChecks(), SectionRepeat.class).stream()
				.map(SectionRepeat::getSection).filter(d -> d != null && !d.eIsProxy()).findFirst().orElse(null);
		return new ReportSnapshot(values, shared.inOrder(labels), sections, repeat == null ? null : shared(repeat.getName()),
				repeat == null ? null : shared(repeat.getHeading()), tables);
	}

	private <T> T shared(T value) {
		return shared.of(value);
	}

	private Map<String, String> spill(Map<String, String> sections) {
		try {
			Files.createDirectories(narratives);
		} catch (IOException e) {
			return sections;
		}
		return SpilledNarrative.of(sections, narratives.resolve(spilled.incrementAndGet() + ".narrative"));
	}

	/** Removes the narratives' files (once the outputs that read them are written). */
	public void removeNarratives() {
		if (narratives == null || !Files.isDirectory(narratives)) {
			return;
		}
		try (var files = Files.list(narratives)) {
			for (Path f : (Iterable<Path>) files::iterator) {
				Files.deleteIfExists(f);
			}
			Files.deleteIfExists(narratives);
		} catch (IOException e) {
			// left in the audit's work folder, with the imports
		}
	}

	/** A cell as the page prints it: the number, "?" where the importer could not read it, "" for a blank. */
	static String text(CellValue c) {
		return c.kind() == CellValue.Kind.UNREADABLE ? "?" : c.text();
	}
}
