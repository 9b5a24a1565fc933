package org.ziyuanku.service.review.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ziyuanku.domain.review.ReviewRecord;
import org.ziyuanku.domain.review.ReviewedField;
import org.ziyuanku.service.review.ReviewStepView;

/** Review records as the pages and the API show them, and reasons per field as the record keeps them. */
public final class ReviewSteps {

    private ReviewSteps() {
    }

    public static List<ReviewStepView> of(List<ReviewRecord> records) {
        return records.stream().map(ReviewSteps::of).toList();
    }

    public static ReviewStepView of(ReviewRecord r) {
        return new ReviewStepView(r.getSubmissionId(), r.getSubjectVersion(), r.getLevelNo(), r.getAction().name(),
                r.getActorUsername(), r.getActorName(), r.getActorRole(), r.getActorUnit(), r.getActedAt(),
                r.getComment(), reasons(r.getFieldReasons()), r.getContentSha256(), r.getMetadataSha256());
    }

    /** Reasons per field as one text: a {@code FIELD<TAB>reason} line each, in the fields' order; null when none. */
    public static String encode(Map<ReviewedField, String> reasons) {
        String text = Arrays.stream(ReviewedField.values()).filter(f -> reasons.get(f) != null
                && !reasons.get(f).isBlank()).map(f -> f.name() + "\t" + reasons.get(f).strip().replaceAll("\\s+", " "))
                .collect(Collectors.joining("\n"));
        return text.isEmpty() ? null : text;
    }

    /** The reasons per field of an encoded text, in order. */
    public static Map<String, String> reasons(String encoded) {
        Map<String, String> reasons = new LinkedHashMap<>();
        if (encoded != null) {
            for (String line : encoded.split("\n")) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    reasons.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        }
        return reasons;
    }
}
