package org.ziyuanku.service.exam.internal;

/** A knowledge point a question is tagged with (a typed projection of {@code PaperRepository}). */
public record QuestionPointRow(long questionId, String point) {
}
