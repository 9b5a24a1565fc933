package org.ziyuanku.service.exam.internal.transfer;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.ParsedQuestion;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.exam.QuestionFileFormat;
import org.ziyuanku.service.exam.QuestionFileReader;
import org.ziyuanku.service.exam.QuestionFileRefusedException;
import org.ziyuanku.service.exam.internal.transfer.DraftRules.ProblemException;
import org.ziyuanku.service.system.RefusedException.Kind;

/**
 * Reads the Excel question template (.xlsx, first sheet): a header row within the first five rows naming 题型, 题干 and
 * 答案 (and any of 选项A…选项H, 解析, 难度, 知识点, 分值, in any order), then one question per row; blank rows are skipped.
 * Cell text is plain text (escaped, line breaks kept) unless it holds HTML tags. A matching question lists its prompts
 * as numbered lines ("1. …") at the end of 题干; the answer syntax is {@link AnswerText}'s.
 */
@ApplicationScoped
public class ExcelQuestionReader implements QuestionFileReader {

    private static final int HEADER_SEARCH_ROWS = 5;

    @Override
    public QuestionFileFormat format() {
        return QuestionFileFormat.EXCEL;
    }

    @Override
    public List<ParsedQuestion> read(InputStream file) {
        byte[] bytes = SafeZip.readOfficeFile(file);
        try (XSSFWorkbook book = open(bytes)) {
            return readSheet(book.getSheetAt(0));
        } catch (IOException e) {
            throw Bounds.malformed();
        }
    }

    private static XSSFWorkbook open(byte[] bytes) {
        try {
            XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes));
            if (book.getNumberOfSheets() == 0) {
                book.close();
                throw Bounds.malformed();
            }
            return book;
        } catch (IOException | RuntimeException e) {
            if (e instanceof QuestionFileRefusedException refused) {
                throw refused;
            }
            throw Bounds.wrongFormat();
        }
    }

    private static List<ParsedQuestion> readSheet(Sheet sheet) {
        Map<String, Integer> columns = null;
        int headerRow = -1;
        for (int r = 0; r < HEADER_SEARCH_ROWS && columns == null; r++) {
            columns = header(sheet.getRow(r)).orElse(null);
            headerRow = r;
        }
        if (columns == null) {
            throw new QuestionFileRefusedException(Kind.INVALID, Bounds.FILE + "wrongTemplate");
        }
        List<ParsedQuestion> questions = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() <= headerRow) {
                continue;
            }
            Map<String, String> cells = cells(row, columns);
            if (cells.values().stream().allMatch(String::isBlank)) {
                continue;
            }
            Bounds.checkCount(questions.size() + 1);
            questions.add(question(row.getRowNum() + 1, cells));
        }
        return questions;
    }

    private static Optional<Map<String, Integer>> header(Row row) {
        if (row == null) {
            return Optional.empty();
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> known = ExcelLayout.headers();
        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
            String key = ExcelLayout.headerKey(ExcelLayout.text(row.getCell(c)));
            int column = c;
            known.stream().filter(h -> ExcelLayout.headerKey(h).equals(key)).findFirst()
                    .ifPresent(h -> columns.putIfAbsent(h, column));
        }
        boolean template = columns.containsKey(ExcelLayout.TYPE) && columns.containsKey(ExcelLayout.STEM)
                && columns.containsKey(ExcelLayout.ANSWER);
        return template ? Optional.of(columns) : Optional.empty();
    }

    private static Map<String, String> cells(Row row, Map<String, Integer> columns) {
        Map<String, String> cells = new HashMap<>();
        columns.forEach((name, column) -> cells.put(name, ExcelLayout.text(row.getCell(column))));
        return cells;
    }

    private static ParsedQuestion question(int position, Map<String, String> cells) {
        String rawStem = cells.get(ExcelLayout.STEM);
        String label = RichText.label(rawStem);
        try {
            QuestionType type = AnswerText.type(cells.get(ExcelLayout.TYPE))
                    .orElseThrow(() -> new ProblemException("unknownType", cells.get(ExcelLayout.TYPE).strip()));
            List<String> prompts = new ArrayList<>();
            String stem = type == QuestionType.MATCHING
                    ? RichText.fromPlain(String.join("\n", TemplateQuestion.splitPrompts(rawStem, prompts)))
                    : RichText.fromPlain(rawStem);
            if (RichText.isBlank(stem)) {
                throw new ProblemException("emptyStem");
            }
            QuestionDraft draft = new TemplateQuestion(type, stem, prompts, options(cells),
                    cells.get(ExcelLayout.ANSWER), RichText.fromPlain(cells.getOrDefault(ExcelLayout.ANALYSIS, "")),
                    AnswerText.difficulty(cells.getOrDefault(ExcelLayout.DIFFICULTY, "")),
                    AnswerText.knowledgePoints(cells.get(ExcelLayout.KNOWLEDGE)),
                    AnswerText.points(cells.getOrDefault(ExcelLayout.POINTS, "")), List.of()).draft();
            return DraftRules.judge(position, label, draft);
        } catch (ProblemException e) {
            return e.problem().at(position, label);
        }
    }

    private static List<String> options(Map<String, String> cells) {
        List<String> options = new ArrayList<>();
        for (int i = 0; i < ExcelLayout.OPTION_COUNT; i++) {
            options.add(cells.getOrDefault(ExcelLayout.option(i), ""));
        }
        while (!options.isEmpty() && options.get(options.size() - 1).isBlank()) {
            options.remove(options.size() - 1);
        }
        return options.stream().map(RichText::fromPlain).toList();
    }
}
