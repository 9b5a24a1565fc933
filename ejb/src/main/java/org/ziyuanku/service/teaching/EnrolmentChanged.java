package org.ziyuanku.service.teaching;

/**
 * Fired (CDI event, inside the transaction) when a learner joins or leaves a class of an offering; learning observes
 * it to record the activity-stream statement. {@code verb} is {@code enrolled} or {@code left}; {@code actorId} is
 * who did it (the learner, or the teacher who added or removed them).
 */
public record EnrolmentChanged(long enrolmentId, long offeringId, long classId, long learnerId, long actorId,
        String verb) {
}
