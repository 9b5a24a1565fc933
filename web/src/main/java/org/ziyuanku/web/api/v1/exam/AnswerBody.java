package org.ziyuanku.web.api.v1.exam;

/** A save of one answer: the answer and the client's sequence number of this save (1, 2, …; a newer save: higher). */
public record AnswerBody(AnswerValue answer, Long seq) {
}
