package org.ziyuanku.web.api.v1.teaching;

import java.time.LocalDate;
import org.ziyuanku.service.teaching.OfferingNodeView;

/** One node of an offering's outline (depth 1 module, 2 topic, 3 item), with the offering's own flags. */
public record OfferingNodeDto(long id, Long parentId, int depth, int position, String title, String itemKind,
        Long resourceId, boolean hidden, boolean trial, boolean localChanged, boolean local, LocalDate dueOn,
        boolean retired) {

    static OfferingNodeDto of(OfferingNodeView v) {
        return new OfferingNodeDto(v.id(), v.parentId(), v.depth(), v.position(), v.title(), v.itemKind(),
                v.resourceId(), v.hidden(), v.trial(), v.localChanged(), v.local(), v.dueOn(), v.retired());
    }
}
