package org.ziyuanku.web.api.v1.teaching;

import java.time.LocalDate;
import org.ziyuanku.service.teaching.OfferingView;

/** An offering (开课): term, dates, status (DRAFT, PUBLISHED, CLOSED), enrolment mode and sync state. */
public record OfferingDto(long id, long courseId, String title, String termCode, LocalDate startsOn, LocalDate endsOn,
        String status, String enrolmentMode, boolean openToOutsiders, int syncedCourseVersion,
        Long previousOfferingId, boolean mayEdit) {

    static OfferingDto of(OfferingView v) {
        return new OfferingDto(v.id(), v.courseId(), v.title(), v.termCode(), v.startsOn(), v.endsOn(), v.status(),
                v.enrolmentMode(), v.openToOutsiders(), v.syncedCourseVersion(), v.previousOfferingId(), v.mayEdit());
    }
}
