package org.ziyuanku.service.teaching;

import java.io.Serializable;

/** A class of an offering as its staff see it, with its enrolment code and the number of active learners. */
public record ClassView(long id, long offeringId, String offeringTitle, String name, String classCode,
        long learners) implements Serializable {
}
