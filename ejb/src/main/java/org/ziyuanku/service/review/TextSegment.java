package org.ziyuanku.service.review;

import java.io.Serializable;

/** A run of text, plain or a flagged word, for pages that mark flagged words without writing markup themselves. */
public record TextSegment(String text, boolean flagged) implements Serializable {
}
