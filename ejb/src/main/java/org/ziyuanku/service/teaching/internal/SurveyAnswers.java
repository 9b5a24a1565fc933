package org.ziyuanku.service.teaching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ziyuanku.domain.teaching.SurveyAnswer;
import org.ziyuanku.domain.teaching.SurveyItem;
import org.ziyuanku.domain.teaching.SurveyItemKind;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.teaching.SurveyAnswerCommand;
import org.ziyuanku.service.teaching.SurveyRefusedException;

/**
 * The rules a response meets: one answer per item at most, every choice and scale item answered (one option of a
 * single choice; 1..max distinct options of a multiple choice; a value 1..N of a scale), free texts optional and at
 * most 2000 characters. Item numbers in messages count from 1.
 */
public final class SurveyAnswers {

    public static final int MAX_TEXT = 2000;

    private SurveyAnswers() {
    }

    /** The answers as stored rows. */
    public static List<SurveyAnswer> of(List<SurveyItem> items, List<SurveyAnswerCommand> commands) {
        Map<Integer, SurveyAnswerCommand> byItem = new HashMap<>();
        for (SurveyAnswerCommand c : commands == null ? List.<SurveyAnswerCommand>of() : commands) {
            if (c == null || c.item() < 0 || c.item() >= items.size() || byItem.put(c.item(), c) != null) {
                throw new SurveyRefusedException(SurveyRefusedException.ANSWER, c == null ? "?"
                        : Integer.toString(c.item() + 1));
            }
        }
        List<SurveyAnswer> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            rows.addAll(answer(i, items.get(i), byItem.get(i)));
        }
        return rows;
    }

    /** The free texts of the answers, for the sensitive-word screen. */
    public static List<ScreenedText> texts(List<SurveyAnswer> answers) {
        return answers.stream().filter(a -> a.getTextValue() != null).map(a -> new ScreenedText("answers["
                + a.getItemIndex() + "].text", a.getTextValue())).toList();
    }

    private static List<SurveyAnswer> answer(int index, SurveyItem item, SurveyAnswerCommand c) {
        SurveyRefusedException wrong = new SurveyRefusedException(SurveyRefusedException.ANSWER,
                Integer.toString(index + 1));
        if (item.getKind() == SurveyItemKind.TEXT) {
            String text = c == null ? "" : SurveyContent.strip(c.text());
            if (text.length() > MAX_TEXT) {
                throw wrong;
            }
            return text.isEmpty() ? List.of() : List.of(new SurveyAnswer(index, null, null, text));
        }
        if (c == null) {
            throw wrong;
        }
        if (item.getKind() == SurveyItemKind.SCALE) {
            if (c.scale() == null || c.scale() < 1 || c.scale() > item.getScaleMax()) {
                throw wrong;
            }
            return List.of(new SurveyAnswer(index, null, c.scale(), null));
        }
        List<Integer> choices = c.choices() == null ? List.of() : c.choices();
        Set<Integer> distinct = new HashSet<>(choices);
        int most = item.getKind() == SurveyItemKind.SINGLE ? 1
                : item.getMaxChoices() == null ? item.getOptions().size() : item.getMaxChoices();
        if (choices.isEmpty() || choices.size() > most || distinct.size() != choices.size() || choices.stream()
                .anyMatch(o -> o == null || o < 0 || o >= item.getOptions().size())) {
            throw wrong;
        }
        return choices.stream().sorted().map(o -> new SurveyAnswer(index, o, null, null)).toList();
    }
}
