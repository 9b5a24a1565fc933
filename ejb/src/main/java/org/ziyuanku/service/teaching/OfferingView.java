package org.ziyuanku.service.teaching;

import java.io.Serializable;
import java.time.LocalDate;

/** An offering as its staff (or, when published, anyone) see it; {@code mayEdit} for the caller. */
public record OfferingView(long id, long courseId, String title, String termCode, LocalDate startsOn,
        LocalDate endsOn, String status, String enrolmentMode, boolean openToOutsiders, int syncedCourseVersion,
        Long previousOfferingId, boolean mayEdit) implements Serializable {
}
