package org.ziyuanku.domain.teaching;

import java.time.LocalDateTime;

/** A survey's settings besides its items, checked by the service before they reach {@link ClassSurvey}. */
public record SurveySettings(String title, String description, boolean anonymous, boolean resultsVisible,
        boolean changeable, LocalDateTime opensAt, LocalDateTime closesAt) {
}
