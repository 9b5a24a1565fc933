package org.ziyuanku.web.console.teaching;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * A Chart.js bar chart configuration for PrimeFaces' {@code p:chart} (its value is JSON), as the survey results and
 * the exam score bands draw it: one dataset, no legend, a y axis of whole numbers from zero.
 */
final class BarChart {

    private BarChart() {
    }

    /** The bars of {@code counts} under {@code labels}, in one dataset named {@code label}. */
    static String of(List<String> labels, List<? extends Number> counts, String label) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder countArray = Json.createArrayBuilder();
        counts.forEach(n -> countArray.add(n.longValue()));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", label)
                                .add("data", countArray))))
                .add("options", Json.createObjectBuilder()
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                                .add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", Json.createObjectBuilder().add("precision", 0)))))
                .build().toString();
    }
}
