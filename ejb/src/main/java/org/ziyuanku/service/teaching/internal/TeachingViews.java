package org.ziyuanku.service.teaching.internal;

import org.ziyuanku.domain.teaching.CourseOffering;
import org.ziyuanku.domain.teaching.OfferingNode;
import org.ziyuanku.service.teaching.OfferingNodeView;
import org.ziyuanku.service.teaching.OfferingView;

/** Entities of teaching as the views its services answer. */
public final class TeachingViews {

    private TeachingViews() {
    }

    public static OfferingView offering(CourseOffering o, boolean mayEdit) {
        return new OfferingView(o.getId(), o.getCourseId(), o.getTitle(), o.getTermCode(), o.getStartsOn(),
                o.getEndsOn(), o.getStatus().name(), o.getEnrolmentMode().name(), o.isOpenToOutsiders(),
                o.getSyncedCourseVersion(), o.getPreviousOfferingId(), mayEdit);
    }

    public static OfferingNodeView node(OfferingNode n) {
        return new OfferingNodeView(n.getId(), n.getParent() == null ? null : n.getParent().getId(), n.getDepth(),
                n.getPosition(), n.getTitle(), n.getItemKind(), n.getResourceId(), n.isHidden(), n.isTrial(),
                n.isLocalChanged(), n.getOriginKey() == null, n.getDueOn(), n.isRetired());
    }
}
