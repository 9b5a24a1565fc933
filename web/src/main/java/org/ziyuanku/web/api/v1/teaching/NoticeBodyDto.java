package org.ziyuanku.web.api.v1.teaching;

/** The body of a new or changed notice: the class (absent for the whole offering), title, rich text, pinned. */
public record NoticeBodyDto(Long classId, String title, String body, Boolean pinned) {
}
