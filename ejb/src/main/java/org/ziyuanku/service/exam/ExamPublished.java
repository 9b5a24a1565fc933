package org.ziyuanku.service.exam;

/** Fired when an exam is published; after the commit its learners' papers are drawn ({@link ExamPreparationService}). */
public record ExamPublished(long examId) {
}
