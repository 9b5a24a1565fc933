package org.ziyuanku.web.api.v1.learning;

/** How many learners a message or reminder went to. */
public record ClassNoticeSentDto(int notified) {
}
