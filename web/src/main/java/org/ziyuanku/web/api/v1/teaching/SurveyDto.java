package org.ziyuanku.web.api.v1.teaching;

import java.time.LocalDateTime;
import java.util.List;
import org.ziyuanku.service.teaching.SurveyView;

/**
 * A survey: {@code classId} null for the whole offering; {@code accepting} whether it takes responses now;
 * {@code respondents} (staff); {@code responded} and {@code resultsReadable} for the calling learner.
 */
public record SurveyDto(long id, long offeringId, Long classId, String kind, String title, String description,
        boolean anonymous, boolean resultsVisible, boolean changeable, LocalDateTime opensAt, LocalDateTime closesAt,
        String status, boolean accepting, String authorName, LocalDateTime createdAt, List<SurveyItemDto> items,
        int respondents, boolean responded, boolean resultsReadable) {

    static SurveyDto of(SurveyView v) {
        return new SurveyDto(v.id(), v.offeringId(), v.classId(), v.kind(), v.title(), v.description(), v.anonymous(),
                v.resultsVisible(), v.changeable(), v.opensAt(), v.closesAt(), v.status(), v.accepting(),
                v.authorName(), v.createdAt(), v.items().stream().map(SurveyItemDto::of).toList(), v.respondents(),
                v.responded(), v.resultsReadable());
    }
}
