package org.ziyuanku.service.exam.internal.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.ziyuanku.service.exam.QuestionDraft;

/**
 * A draft as a row of the Excel template, the inverse of {@link ExcelQuestionReader}. The template carries no images
 * (their tags are left out), no multiple-choice scoring and no compound stem (a compound question becomes its
 * sub-questions, the shared stem written before the first one's).
 */
final class ExcelRows {

    private ExcelRows() {
    }

    static List<List<String>> rows(List<QuestionDraft> questions) {
        List<List<String>> rows = new ArrayList<>();
        for (QuestionDraft q : Flatten.questions(questions)) {
            rows.add(row(q));
        }
        return rows;
    }

    static List<String> row(QuestionDraft q) {
        List<String> row = new ArrayList<>();
        row.add(typeName(q));
        String stem = cell(q.stem());
        if (!q.prompts().isEmpty()) {
            stem += IntStream.range(0, q.prompts().size()).mapToObj(i -> "\n" + (i + 1) + ". " + cell(q.prompts().get(i)))
                    .collect(Collectors.joining());
        }
        row.add(stem);
        for (int i = 0; i < ExcelLayout.OPTION_COUNT; i++) {
            row.add(i < q.options().size() ? cell(q.options().get(i)) : "");
        }
        row.add(answer(q));
        row.add(cell(q.analysis()));
        row.add(q.difficulty() == null ? "" : q.difficulty().toString());
        row.add(String.join("，", q.knowledgePoints()));
        row.add(q.points() == null ? "" : q.points().stripTrailingZeros().toPlainString());
        return row;
    }

    private static String typeName(QuestionDraft q) {
        return switch (q.type()) {
            case SINGLE_CHOICE -> "单选题";
            case MULTIPLE_CHOICE -> "多选题";
            case TRUE_FALSE -> "判断题";
            case FILL_BLANK -> "填空题";
            case SHORT_ANSWER -> "简答题";
            case MATCHING -> "匹配题";
            case ORDERING -> "排序题";
            case COMPOUND -> "组合题";
        };
    }

    private static String answer(QuestionDraft q) {
        return switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> q.key().correct().stream().map(DraftRules::letter)
                    .collect(Collectors.joining());
            case TRUE_FALSE -> Boolean.TRUE.equals(q.key().truth()) ? "对" : "错";
            case FILL_BLANK -> q.key().blanks().stream().map(b -> String.join("/", b))
                    .collect(Collectors.joining("；"));
            case SHORT_ANSWER -> q.key().reference() == null ? "" : cell(q.key().reference());
            case MATCHING -> IntStream.range(0, q.key().correct().size())
                    .mapToObj(i -> (i + 1) + "-" + DraftRules.letter(q.key().correct().get(i)))
                    .collect(Collectors.joining(";"));
            case ORDERING -> IntStream.range(0, q.options().size()).mapToObj(DraftRules::letter)
                    .collect(Collectors.joining());
            case COMPOUND -> "";
        };
    }

    /** Rich text as a cell's text, draft images left out. */
    static String cell(String html) {
        return RichText.toPlain(html.replaceAll("<img[^>]*zyk-draft:[^>]*>", "")).strip();
    }
}
