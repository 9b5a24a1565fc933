package org.ziyuanku.web.api.v1.exam;

/** How often the learner has left the exam page so far. */
public record SwitchAwayDto(int switchAwayCount) {
}
