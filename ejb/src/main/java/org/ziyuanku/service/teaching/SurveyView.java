package org.ziyuanku.service.teaching;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A survey as its reader may see it: {@code accepting} whether it takes responses now, {@code respondents} how many
 * took part (staff), {@code responded} whether the caller (a learner) has, {@code resultsReadable} whether the caller
 * may read the results now.
 */
public record SurveyView(long id, long offeringId, Long classId, String kind, String title, String description,
        boolean anonymous, boolean resultsVisible, boolean changeable, LocalDateTime opensAt, LocalDateTime closesAt,
        String status, boolean accepting, String authorName, LocalDateTime createdAt, List<SurveyItemView> items,
        int respondents, boolean responded, boolean resultsReadable) {
}
