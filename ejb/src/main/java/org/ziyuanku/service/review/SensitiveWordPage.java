package org.ziyuanku.service.review;

import java.io.Serializable;
import java.util.List;

/** One page of dictionary words in alphabetical order; {@code page} counts from zero. */
public record SensitiveWordPage(List<SensitiveWordView> items, int page, int size, long total) implements Serializable {

    public SensitiveWordPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) ((total + size - 1) / size);
    }
}
