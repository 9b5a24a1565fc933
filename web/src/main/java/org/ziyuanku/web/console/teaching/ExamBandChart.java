package org.ziyuanku.web.console.teaching;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/** An exam's score bands (ten 10 % bands) as a Chart.js bar chart configuration for PrimeFaces' {@code p:chart}. */
public final class ExamBandChart {

    private ExamBandChart() {
    }

    /** The bar chart of the learners per band, labelled 0–10 % … 90–100 %; the dataset named {@code label}. */
    public static String of(List<Integer> bands, String label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        for (int i = 0; i < bands.size(); i++) {
            labels.add(i * 10 + "–" + (i + 1) * 10 + " %");
            counts.add(bands.get(i));
        }
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
