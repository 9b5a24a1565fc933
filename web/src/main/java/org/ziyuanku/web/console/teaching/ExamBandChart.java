package org.ziyuanku.web.console.teaching;

import java.util.List;
import java.util.stream.IntStream;

/** An exam's score bands (ten 10 % bands) as a Chart.js bar chart configuration for PrimeFaces' {@code p:chart}. */
public final class ExamBandChart {

    private ExamBandChart() {
    }

    /** The bar chart of the learners per band, labelled 0–10 % … 90–100 %; the dataset named {@code label}. */
    public static String of(List<Integer> bands, String label) {
        List<String> labels = IntStream.range(0, bands.size()).mapToObj(i -> i * 10 + "–" + (i + 1) * 10 + " %")
                .toList();
        return BarChart.of(labels, bands, label);
    }
}
