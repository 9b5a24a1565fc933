package org.ziyuanku.service.exam.internal;

import org.ziyuanku.domain.exam.QuestionType;

/** What a paper rule draws a top-level question by (a typed projection of {@code PaperRepository}). */
public record QuestionDrawRow(long id, QuestionType type, int difficulty) {
}
