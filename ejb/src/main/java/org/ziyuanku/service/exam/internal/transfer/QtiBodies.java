package org.ziyuanku.service.exam.internal.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.QuestionDraft;

/** The response declarations and the item body of each type, for {@link QtiItemWriter}. */
final class QtiBodies {

    private QtiBodies() {
    }

    static void declarations(QtiItemWriter w, QuestionDraft q) {
        switch (q.type()) {
            case SINGLE_CHOICE -> w.response("RESPONSE", "single", "identifier", ids(q.key().correct()), List.of());
            case MULTIPLE_CHOICE -> w.response("RESPONSE", "multiple", "identifier", ids(q.key().correct()),
                    ids(q.key().correct()));
            case TRUE_FALSE -> w.response("RESPONSE", "single", "identifier",
                    List.of(Boolean.TRUE.equals(q.key().truth()) ? "TRUE" : "FALSE"), List.of());
            case FILL_BLANK -> IntStream.range(0, q.key().blanks().size()).forEach(i -> w.response("RESPONSE_"
                    + (i + 1), "single", "string", List.of(q.key().blanks().get(i).get(0)), q.key().blanks().get(i)));
            case SHORT_ANSWER -> w.response("RESPONSE", "single", "string",
                    q.key().reference() == null ? List.of() : List.of(q.key().reference()), List.of());
            case MATCHING -> w.response("RESPONSE", "multiple", "directedPair", IntStream.range(0, q.prompts().size())
                    .mapToObj(i -> "P" + (i + 1) + " O" + (q.key().correct().get(i) + 1)).toList(), List.of());
            case ORDERING -> w.response("RESPONSE", "ordered", "identifier", IntStream.range(0, q.options().size())
                    .mapToObj(i -> "O" + (i + 1)).toList(), List.of());
            case COMPOUND -> throw new IllegalArgumentException("compound questions are flattened");
        }
    }

    static void body(QtiItemWriter w, QuestionDraft q) {
        if (q.type() == QuestionType.FILL_BLANK) {
            w.append("    <div>" + w.stemWithBlanks() + "</div>\n");
            return;
        }
        w.append("    <div>" + w.xhtml(q.stem()) + "</div>\n");
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices(w, q);
            case TRUE_FALSE -> w.append("    <qti-choice-interaction response-identifier=\"RESPONSE\" max-choices=\"1\">"
                    + "<qti-simple-choice identifier=\"TRUE\">正确</qti-simple-choice>"
                    + "<qti-simple-choice identifier=\"FALSE\">错误</qti-simple-choice></qti-choice-interaction>\n");
            case SHORT_ANSWER -> w.append("    <qti-extended-text-interaction response-identifier=\"RESPONSE\" "
                    + "expected-lines=\"8\"/>\n");
            case MATCHING -> matching(w, q);
            case ORDERING -> {
                w.append("    <qti-order-interaction response-identifier=\"RESPONSE\" shuffle=\"true\">");
                for (int i = 0; i < q.options().size(); i++) {
                    w.append("<qti-simple-choice identifier=\"O" + (i + 1) + "\">" + w.xhtml(q.options().get(i))
                            + "</qti-simple-choice>");
                }
                w.append("</qti-order-interaction>\n");
            }
            default -> throw new IllegalArgumentException(q.type().name());
        }
    }

    private static void choices(QtiItemWriter w, QuestionDraft q) {
        int max = q.type() == QuestionType.SINGLE_CHOICE ? 1 : 0;
        w.append("    <qti-choice-interaction response-identifier=\"RESPONSE\" shuffle=\"true\" max-choices=\"" + max
                + "\">");
        for (int i = 0; i < q.options().size(); i++) {
            w.append("<qti-simple-choice identifier=\"" + DraftRules.letter(i) + "\">" + w.xhtml(q.options().get(i))
                    + "</qti-simple-choice>");
        }
        w.append("</qti-choice-interaction>\n");
    }

    private static void matching(QtiItemWriter w, QuestionDraft q) {
        w.append("    <qti-match-interaction response-identifier=\"RESPONSE\" shuffle=\"true\" max-associations=\""
                + q.prompts().size() + "\"><qti-simple-match-set>");
        for (int i = 0; i < q.prompts().size(); i++) {
            w.append("<qti-simple-associable-choice identifier=\"P" + (i + 1) + "\" match-max=\"1\">"
                    + w.xhtml(q.prompts().get(i)) + "</qti-simple-associable-choice>");
        }
        w.append("</qti-simple-match-set><qti-simple-match-set>");
        for (int i = 0; i < q.options().size(); i++) {
            w.append("<qti-simple-associable-choice identifier=\"O" + (i + 1) + "\" match-max=\"" + q.prompts().size()
                    + "\">" + w.xhtml(q.options().get(i)) + "</qti-simple-associable-choice>");
        }
        w.append("</qti-simple-match-set></qti-match-interaction>\n");
    }

    private static List<String> ids(List<Integer> indexes) {
        List<String> ids = new ArrayList<>();
        indexes.forEach(i -> ids.add(DraftRules.letter(i)));
        return ids;
    }
}
