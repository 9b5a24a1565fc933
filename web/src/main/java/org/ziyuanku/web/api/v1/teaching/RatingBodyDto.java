package org.ziyuanku.web.api.v1.teaching;

/** A member's rating of another member: {@code {learnerId, stars, comment?}}. */
public record RatingBodyDto(Long learnerId, Integer stars, String comment) {
}
