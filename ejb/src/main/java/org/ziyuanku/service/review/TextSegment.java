package org.ziyuanku.service.review;

import java.io.Serializable;

/** PLACEHOLDER until the sensitive-words branch is merged. */
public record TextSegment(String text, boolean flagged) implements Serializable {
}
