package org.ziyuanku.service.review;

import java.io.Serializable;
import java.util.List;

/** One page of a reviewer's queue, longest waiting first; {@code page} counts from zero. */
public record ReviewTaskPage(List<ReviewTaskView> items, int page, int size, long total) implements Serializable {

    public ReviewTaskPage {
        items = List.copyOf(items);
    }

    /** The number of pages, at least one (an empty queue is one empty page). */
    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }
}
