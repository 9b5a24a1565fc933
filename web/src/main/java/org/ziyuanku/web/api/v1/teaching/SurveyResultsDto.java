package org.ziyuanku.web.api.v1.teaching;

import java.util.List;
import org.ziyuanku.service.teaching.SurveyResultsView;

/** A survey's results: respondents and per item the counts per label, a scale's mean, the free texts (staff). */
public record SurveyResultsDto(long surveyId, String title, String kind, boolean anonymous, int respondents,
        List<Item> items) {

    /** One item's aggregate. */
    public record Item(int index, String kind, String prompt, List<String> labels, List<Long> counts, Double mean,
            List<String> texts) {
    }

    static SurveyResultsDto of(SurveyResultsView v) {
        return new SurveyResultsDto(v.surveyId(), v.title(), v.kind(), v.anonymous(), v.respondents(), v.items()
                .stream().map(i -> new Item(i.index(), i.kind(), i.prompt(), i.labels(), i.counts(), i.mean(),
                        i.texts())).toList());
    }
}
