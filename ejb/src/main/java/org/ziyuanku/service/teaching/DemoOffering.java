package org.ziyuanku.service.teaching;

/** The demo offering, the class {@code student} is in, and that enrolment. */
public record DemoOffering(long offeringId, long classId, long enrolmentId) {
}
