package org.ziyuanku.service.teaching;

import java.io.Serializable;

/** An offering a learner is enrolled in (ACTIVE), with the enrolment and class. */
public record EnrolledOffering(long offeringId, long enrolmentId, long classId, String title, String termCode)
        implements Serializable {
}
