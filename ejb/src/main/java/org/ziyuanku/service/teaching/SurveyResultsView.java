package org.ziyuanku.service.teaching;

import java.util.List;

/**
 * A survey's results: how many took part and, per item, counts per option, or a scale's distribution (index 0 is the
 * value 1) and mean, or the free texts (staff only; in no particular order, never with a name).
 */
public record SurveyResultsView(long surveyId, String title, String kind, boolean anonymous, int respondents,
        List<ItemResult> items) {

    /** One item's aggregate; {@code mean} null unless a scale with answers. */
    public record ItemResult(int index, String kind, String prompt, List<String> labels, List<Long> counts,
            Double mean, List<String> texts) {
    }
}
