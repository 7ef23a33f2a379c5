package org.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.EcoreUtil2;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nianbao.model.Tables;
import org.nianbao.nianbao.Cell;
import org.nianbao.nianbao.NumberCell;
import org.nianbao.nianbao.RowData;
import org.nianbao.nianbao.TableData;

/** The project's own published HTML and DOCX, imported again, carry the numbers of the source report. */
class GeneratedFormsImportTest {

	private static Map<String, List<BigDecimal>> cells(Path file) {
		var resource = Workspace.load(Workspace.newResourceSet(), List.of(file)).get(0);
		Map<String, List<BigDecimal>> result = new LinkedHashMap<>();
		for (TableData t : EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), TableData.class)) {
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

	@ParameterizedTest
	@CsvSource({ "gangkou-2024,html", "gangkou-2024,docx", "enping-2024,html", "enping-2024,docx" })
	void generatedFormsImportToTheSameNumbers(String example, String form, @TempDir Path dir) {
		Path source = CliTestSupport.example(example + ".nianbao");
		var gen = CliTestSupport.run("generate", "--" + form, "-o", dir.toString(), source.toString());
		assertEquals(ExitCodes.OK, gen.code(), gen.err());
		Path published = dir.resolve(example + "." + form);
		Path imported = dir.resolve("imported.nianbao");
		var imp = CliTestSupport.run("import", "-o", imported.toString(), published.toString());
		assertEquals(ExitCodes.OK, imp.code(), imp.err());
		Map<String, List<BigDecimal>> expected = cells(source);
		assertEquals(32, expected.size());
		assertEquals(expected, cells(imported));
	}
}
