package org.ziyuanku.service.teaching;

/** A member's rating of another member's contribution: 1 to 5 stars and an optional comment. */
public record RatingCommand(Long learnerId, Integer stars, String comment) {
}
