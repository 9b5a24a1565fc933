package org.ziyuanku.web.api.v1.teaching;

/** A JSON (re)submission: the text. Files come as multipart parts {@code file} with an optional {@code text}. */
public record SubmissionBodyDto(String text) {
}
