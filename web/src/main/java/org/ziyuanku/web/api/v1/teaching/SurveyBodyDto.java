package org.ziyuanku.web.api.v1.teaching;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The body of a new or changed survey: the class (absent for the whole offering; ignored when editing), kind VOTE or
 * QUESTIONNAIRE, title, description, anonymous, results shown to learners after answering, responses changeable, the
 * optional window, and the items.
 */
public record SurveyBodyDto(Long classId, String kind, String title, String description, Boolean anonymous,
        Boolean resultsVisible, Boolean changeable, LocalDateTime opensAt, LocalDateTime closesAt,
        List<SurveyItemDto> items) {
}
