package org.ziyuanku.web.console.teaching;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import org.ziyuanku.service.teaching.SurveyResultsView;

/** A result item as a Chart.js bar chart configuration for PrimeFaces' {@code p:chart} (its value is JSON). */
public final class SurveyCharts {

    private SurveyCharts() {
    }

    /** The bar chart of the item's counts, labelled with its options or scale values; the dataset named {@code label}. */
    public static String bar(SurveyResultsView.ItemResult item, String label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        item.labels().forEach(labels::add);
        JsonArrayBuilder counts = Json.createArrayBuilder();
        item.counts().forEach(counts::add);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", label).add("data", counts))))
                .add("options", Json.createObjectBuilder()
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                                .add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
