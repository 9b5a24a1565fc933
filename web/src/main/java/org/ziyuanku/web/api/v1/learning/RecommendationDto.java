package org.ziyuanku.web.api.v1.learning;

import java.util.Locale;
import org.ziyuanku.service.learning.RecommendationView;
import org.ziyuanku.web.console.learning.RecommendationTexts;

/**
 * One "for you" recommendation: {@code kind} RESOURCE or ITEM, its ids and title, the reason code with its subject,
 * the one-line reason as text in the request's language, and the path of the page that opens it.
 */
public record RecommendationDto(String kind, Long resourceId, Long offeringId, Long nodeId, String title,
        String reason, String because, String detail, String text, String path) {

    static RecommendationDto of(RecommendationView v, Locale locale) {
        return new RecommendationDto(v.kind(), v.resourceId(), v.offeringId(), v.nodeId(), v.title(),
                v.reason().name(), v.because(), v.detail(), RecommendationTexts.reason(v, locale),
                RecommendationTexts.path(v));
    }
}
