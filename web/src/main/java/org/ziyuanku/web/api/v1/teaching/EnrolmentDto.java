package org.ziyuanku.web.api.v1.teaching;

import org.ziyuanku.service.teaching.EnrolmentView;

/** The caller's enrolment: which class of which offering. */
public record EnrolmentDto(long enrolmentId, long offeringId, long classId, String className, String offeringTitle) {

    static EnrolmentDto of(EnrolmentView v) {
        return new EnrolmentDto(v.enrolmentId(), v.offeringId(), v.classId(), v.className(), v.offeringTitle());
    }
}
