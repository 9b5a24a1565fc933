package org.ziyuanku.service.teaching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.ziyuanku.domain.teaching.ClassSurvey;
import org.ziyuanku.domain.teaching.SurveyAnswer;
import org.ziyuanku.domain.teaching.SurveyItem;
import org.ziyuanku.domain.teaching.SurveyItemKind;
import org.ziyuanku.domain.teaching.SurveyResponse;
import org.ziyuanku.service.teaching.SurveyResultsView;

/**
 * Adds up a survey's responses: counts per option, a scale's distribution and mean, the free texts. The texts are
 * sorted (by text), so their order says nothing about who wrote them or when.
 */
public final class SurveyTally {

    private SurveyTally() {
    }

    /** The results; free texts only when {@code withTexts}. */
    public static SurveyResultsView of(ClassSurvey survey, List<SurveyResponse> responses, int respondents,
            boolean withTexts) {
        List<SurveyItem> items = survey.getItems();
        List<SurveyResultsView.ItemResult> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            results.add(item(i, items.get(i), answersTo(i, responses), withTexts));
        }
        return new SurveyResultsView(survey.getId(), survey.getTitle(), survey.getKind().name(), survey.isAnonymous(),
                respondents, results);
    }

    /** The labels of an item's counts: its options, or the scale's values 1..N. */
    public static List<String> labels(SurveyItem item) {
        if (item.getKind() == SurveyItemKind.SCALE) {
            return IntStream.rangeClosed(1, item.getScaleMax()).mapToObj(Integer::toString).toList();
        }
        return item.getOptions();
    }

    private static List<SurveyAnswer> answersTo(int index, List<SurveyResponse> responses) {
        return responses.stream().flatMap(r -> r.getAnswers().stream()).filter(a -> a.getItemIndex() == index)
                .toList();
    }

    private static SurveyResultsView.ItemResult item(int index, SurveyItem item, List<SurveyAnswer> answers,
            boolean withTexts) {
        List<String> labels = labels(item);
        long[] counts = new long[labels.size()];
        Double mean = null;
        List<String> texts = new ArrayList<>();
        for (SurveyAnswer a : answers) {
            if (a.getChoiceIndex() != null && a.getChoiceIndex() < counts.length) {
                counts[a.getChoiceIndex()]++;
            } else if (a.getScaleValue() != null && a.getScaleValue() <= counts.length) {
                counts[a.getScaleValue() - 1]++;
            } else if (a.getTextValue() != null && withTexts) {
                texts.add(a.getTextValue());
            }
        }
        if (item.getKind() == SurveyItemKind.SCALE && !answers.isEmpty()) {
            mean = answers.stream().mapToInt(SurveyAnswer::getScaleValue).average().orElse(0);
        }
        Collections.sort(texts);
        List<Long> countList = item.getKind() == SurveyItemKind.TEXT ? List.of() : Arrays.stream(counts)
                .boxed().toList();
        return new SurveyResultsView.ItemResult(index, item.getKind().name(), item.getPrompt(), labels, countList, mean,
                texts);
    }
}
