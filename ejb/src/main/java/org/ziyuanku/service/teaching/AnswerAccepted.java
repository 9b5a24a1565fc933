package org.ziyuanku.service.teaching;

/**
 * Fired (CDI event, inside the transaction) when an answer in a class's Q&A is accepted for the first time;
 * {@code authorId} wrote the answer, {@code acceptedBy} accepted it. Incentives observe it to award points.
 */
public record AnswerAccepted(long answerId, long questionId, long authorId, long acceptedBy) {
}
