package org.ziyuanku.service.teaching;

import java.io.Serializable;

/** A learner's enrolment: in which class of which offering. */
public record EnrolmentView(long enrolmentId, long offeringId, long classId, String className, String offeringTitle)
        implements Serializable {
}
