package org.ziyuanku.service.teaching;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A new or changed survey: the class (null for the whole offering; ignored when editing), VOTE or QUESTIONNAIRE,
 * title, plain-text description, anonymous, results shown to learners after answering, responses changeable until it
 * closes, the optional window, and the items.
 */
public record SurveyCommand(Long classId, String kind, String title, String description, boolean anonymous,
        boolean resultsVisible, boolean changeable, LocalDateTime opensAt, LocalDateTime closesAt,
        List<SurveyItemCommand> items) {
}
