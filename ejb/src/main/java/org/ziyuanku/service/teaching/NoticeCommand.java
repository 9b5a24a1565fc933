package org.ziyuanku.service.teaching;

/** What a teacher writes in a notice: the class (null for the whole offering), title, rich-text body and pin. */
public record NoticeCommand(Long classId, String title, String body, boolean pinned) {
}
