package org.ziyuanku.web.console.teaching;

import org.ziyuanku.service.teaching.SurveyResultsView;

/** A result item as a Chart.js bar chart configuration for PrimeFaces' {@code p:chart} (its value is JSON). */
public final class SurveyCharts {

    private SurveyCharts() {
    }

    /** The bar chart of the item's counts, labelled with its options or scale values; the dataset named {@code label}. */
    public static String bar(SurveyResultsView.ItemResult item, String label) {
        return BarChart.of(item.labels(), item.counts(), label);
    }
}
