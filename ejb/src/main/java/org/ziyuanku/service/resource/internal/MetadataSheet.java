package org.ziyuanku.service.resource.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ziyuanku.domain.resource.ResourceSource;
import org.ziyuanku.service.resource.UploadResourceCommand;

/**
 * The optional metadata sheet (资源清单) of a bulk upload: an .xlsx at the archive's root whose first row names a file
 * column (文件名/file) and any of title, description, keywords, knowledge points, source, author, course, module, in
 * Chinese or English, in any order. Its values override what folders gave.
 */
public final class MetadataSheet {

    /** The columns a sheet may have. */
    enum Column {
        FILE, TITLE, DESCRIPTION, KEYWORDS, POINTS, SOURCE, AUTHOR, COURSE, MODULE
    }

    private static final Map<Column, Set<String>> LABELS = new EnumMap<>(Map.of(
            Column.FILE, Set.of("文件", "文件名", "文件路径", "file", "filename", "path"),
            Column.TITLE, Set.of("标题", "资源名称", "名称", "title"),
            Column.DESCRIPTION, Set.of("描述", "简介", "说明", "description"),
            Column.KEYWORDS, Set.of("关键词", "关键字", "keywords"),
            Column.POINTS, Set.of("知识点", "技能点", "知识点/技能点", "knowledgepoints"),
            Column.SOURCE, Set.of("来源", "source"),
            Column.AUTHOR, Set.of("作者", "author"),
            Column.COURSE, Set.of("课程", "课程名称", "course"),
            Column.MODULE, Set.of("模块", "module")));
    private static final Map<String, ResourceSource> SOURCES = Map.of("原创", ResourceSource.ORIGINAL, "企业案例",
            ResourceSource.ENTERPRISE_CASE, "行业标准", ResourceSource.INDUSTRY_STANDARD, "技能大赛",
            ResourceSource.COMPETITION, "改编", ResourceSource.ADAPTED, "第三方", ResourceSource.THIRD_PARTY);

    private final Map<String, Map<Column, String>> rowsByPath;

    private MetadataSheet(Map<String, Map<Column, String>> rowsByPath) {
        this.rowsByPath = rowsByPath;
    }

    /** The sheet in {@code xlsx}, if its first row names a file column; empty for any other workbook. */
    public static Optional<MetadataSheet> read(Path xlsx) {
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            Map<Integer, Column> columns = header == null ? Map.of() : columns(header);
            if (!columns.containsValue(Column.FILE)) {
                return Optional.empty();
            }
            DataFormatter format = new DataFormatter();
            Map<String, Map<Column, String>> rows = new HashMap<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null) {
                    Map<Column, String> values = new EnumMap<>(Column.class);
                    columns.forEach((i, c) -> values.put(c, format.formatCellValue(row.getCell(i)).strip()));
                    String file = values.getOrDefault(Column.FILE, "");
                    if (!file.isBlank()) {
                        rows.put(normalise(file), values);
                    }
                }
            }
            return Optional.of(new MetadataSheet(rows));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The command with what the sheet says about the file at {@code path}, if anything. */
    public UploadResourceCommand apply(String path, UploadResourceCommand c) {
        Map<Column, String> v = rowsByPath.get(normalise(path));
        if (v == null) {
            v = rowsByPath.get(normalise(path.substring(path.lastIndexOf('/') + 1)));
        }
        if (v == null) {
            return c;
        }
        return new UploadResourceCommand(c.libraryId(), c.originalFilename(), or(v, Column.TITLE, c.title()),
                or(v, Column.DESCRIPTION, c.description()), c.courseCode(), or(v, Column.COURSE, c.courseName()),
                or(v, Column.MODULE, c.moduleName()), or(v, Column.POINTS, c.knowledgePoints()),
                or(v, Column.KEYWORDS, c.keywords()), source(v.get(Column.SOURCE), c.source()),
                or(v, Column.AUTHOR, c.authorName()), c.licence(), c.language());
    }

    private static Map<Integer, Column> columns(Row header) {
        DataFormatter format = new DataFormatter();
        Map<Integer, Column> columns = new HashMap<>();
        for (int i = 0; i < header.getLastCellNum(); i++) {
            String label = label(format.formatCellValue(header.getCell(i)));
            int index = i;
            LABELS.forEach((column, labels) -> {
                if (labels.contains(label) && !columns.containsValue(column)) {
                    columns.put(index, column);
                }
            });
        }
        return columns;
    }

    private static String or(Map<Column, String> values, Column column, String fallback) {
        String value = values.get(column);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static ResourceSource source(String text, ResourceSource fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        ResourceSource named = SOURCES.get(text.strip());
        if (named != null) {
            return named;
        }
        try {
            return ResourceSource.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static String label(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[\\s*:：_]", "");
    }

    private static String normalise(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC).replace('\\', '/').replaceFirst("^(\\./|/)+", "");
    }
}
