package org.ziyuanku.service.exam;

/**
 * Fired in the transaction that creates a pending new version of a published question ({@code versionId} revises
 * {@code questionId}): what annotates the question (its knowledge and skill points in the graph) carries over.
 */
public record QuestionVersioned(long questionId, long versionId) {
}
