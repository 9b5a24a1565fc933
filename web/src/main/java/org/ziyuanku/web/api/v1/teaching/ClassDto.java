package org.ziyuanku.web.api.v1.teaching;

import org.ziyuanku.service.teaching.ClassView;

/** A class (班级) with its enrolment code and number of active learners, for its staff. */
public record ClassDto(long id, long offeringId, String offeringTitle, String name, String classCode, long learners) {

    static ClassDto of(ClassView v) {
        return new ClassDto(v.id(), v.offeringId(), v.offeringTitle(), v.name(), v.classCode(), v.learners());
    }
}
