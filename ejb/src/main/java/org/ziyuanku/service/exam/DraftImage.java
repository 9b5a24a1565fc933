package org.ziyuanku.service.exam;

import java.io.Serializable;

/** An image a {@link QuestionDraft}'s texts refer to as {@code <img src="zyk-draft:NAME">}. */
public record DraftImage(String name, String mediaType, byte[] bytes) implements Serializable {

    private static final long serialVersionUID = 1L;

    public DraftImage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }
}
