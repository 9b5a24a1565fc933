package org.ziyuanku.domain.learning;

/** How an attempt earns credit: played seconds of video or audio, or visible time on a document, page or image. */
public enum AttemptMode {
    MEDIA, DOCUMENT
}
