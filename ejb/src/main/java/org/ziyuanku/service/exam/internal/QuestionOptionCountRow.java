package org.ziyuanku.service.exam.internal;

/** How many options a question has (a typed projection of {@code PaperRepository}). */
public record QuestionOptionCountRow(long questionId, long options) {
}
