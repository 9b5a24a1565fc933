package org.ziyuanku.infrastructure.media;

import org.ziyuanku.domain.resource.ResourceKind;

/**
 * What {@link MediaProbe} found in an accepted file. The media type and kind come from the content, the format is
 * the canonical lower-case extension of that type ({@code pdf}, {@code docx}, {@code mp4}, ...). Page count is set
 * for documents that declare it (PDF pages, PPTX slides, DOCX pages), duration in whole seconds for audio and video,
 * width and height in pixels for images and video; each is null when unknown. The text is the plain text of a
 * document, cut at {@link MediaProbe#TEXT_LIMIT} characters, and empty for any other kind.
 */
public record ProbedMedia(String mediaType, ResourceKind kind, String format, Integer pageCount,
        Integer durationSeconds, Integer width, Integer height, String text) {
}
