package org.nianbao.importer.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The organs that must publish: {@code organs.csv}, UTF-8 (a BOM is allowed, spreadsheets write
 * one), header {@code organ,kind,parent}, {@code kind} one of {@link Deadlines#kinds()}.
 */
public record Roster(List<Organ> organs) {

	/** One organ; {@code parent} (the organ above it) may be empty. */
	public record Organ(String organ, String kind, String parent) {
	}

	public static Roster read(Path file) throws AuditInputException {
		String text;
		try {
			// strict decoding: a roster saved as GBK must be refused, not read as mojibake that matches nothing
			text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		} catch (NoSuchFileException e) {
			throw new AuditInputException(file + ": 名册文件不存在 (no such roster file)");
		} catch (CharacterCodingException e) {
			throw new AuditInputException(file + ": 名册不是 UTF-8 编码 (roster is not UTF-8)");
		} catch (IOException e) {
			throw new AuditInputException(file + ": 无法读取名册 (cannot read the roster): " + e.getMessage(), e);
		}
		return parse(file.toString(), text);
	}

	/** Parses the CSV text; {@code shown} names the file in messages. */
	public static Roster parse(String shown, String text) throws AuditInputException {
		if (text.startsWith("\ufeff")) {
			text = text.substring(1);
		}
		String first = text.lines().findFirst().orElse("");
		List<String> header = List.of(first.replace(" ", "").split(","));
		if (!header.contains("organ") || !header.contains("kind")) {
			throw new AuditInputException(shown + ": 名册第 1 行应为表头 organ,kind,parent (the header must be organ,kind,parent)");
		}
		CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.TRIM_SPACES).enable(CsvParser.Feature.SKIP_EMPTY_LINES);
		CsvSchema schema = CsvSchema.emptySchema().withHeader();
		List<Organ> organs = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema).readValues(text)) {
			int record = 0;
			while (rows.hasNextValue()) {
				Map<String, String> row = rows.nextValue();
				String where = shown + ": 第 " + ++record + " 条记录";
				String organ = nz(row.get("organ")), kind = nz(row.get("kind")), parent = nz(row.get("parent"));
				if (organ.isEmpty()) {
					throw new AuditInputException(where + "：机关名称为空 (record " + record + ": organ is empty)");
				}
				if (!Deadlines.kinds().contains(kind)) {
					throw new AuditInputException(where + "：类别“" + kind + "”无效，应为 "
							+ String.join("、", Deadlines.kinds()) + " 之一 (record " + record + ": kind must be one of " + String.join(", ", Deadlines.kinds()) + ")");
				}
				Integer before = seen.putIfAbsent(OrganNames.normalise(organ), record);
				if (before != null) {
					throw new AuditInputException(where + "：机关“" + organ + "”在名册中重复（见第 " + before
							+ " 条）(record " + record + ": organ listed twice)");
				}
				organs.add(new Organ(organ, kind, parent));
			}
		} catch (IOException | RuntimeException e) {
			throw new AuditInputException(shown + ": 名册不是有效的 CSV (roster is not valid CSV): " + e.getMessage(), e);
		}
		return new Roster(List.copyOf(organs));
	}

	private static String nz(String s) {
		return s == null ? "" : s.strip();
	}
}
