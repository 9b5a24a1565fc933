package org.ziyuanku.service.teaching.internal;

import org.ziyuanku.domain.teaching.ClassQuestion;

/** A question the caller may read, and who the caller is to its offering. */
public record SeenQuestion(ClassQuestion question, QuestionViewer viewer) {
}
