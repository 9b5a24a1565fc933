package org.ziyuanku.service.teaching;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One node of an offering's outline: {@code local} for a node the teacher added, {@code localChanged} for one whose
 * content the teacher changed (the standard course's changes of it wait as incoming changes).
 */
public record OfferingNodeView(long id, Long parentId, int depth, int position, String title, String itemKind,
        Long resourceId, boolean hidden, boolean trial, boolean localChanged, boolean local, LocalDate dueOn,
        boolean retired) implements Serializable {
}
