package org.ziyuanku.service.teaching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.service.teaching.internal.TeachingAccessReader;

/**
 * What other contexts (learning, later exams and class activities) may ask teaching: whether an account is enrolled,
 * which item of an offering a learner may open, and who teaches or assists which class. Callers pass account ids
 * they got from {@code Caller}; nothing here trusts a client.
 */
@ApplicationScoped
public class TeachingAccess {

    @Inject
    private TeachingAccessReader reader;

    /** The id of the learner's ACTIVE enrolment in the offering, if any. */
    public Optional<Long> activeEnrolment(long offeringId, long learnerId) {
        return reader.activeEnrolment(offeringId, learnerId);
    }

    /** The class of the learner's ACTIVE enrolment in the offering, if any. */
    public Optional<Long> classOfLearner(long offeringId, long learnerId) {
        return reader.classOfLearner(offeringId, learnerId);
    }

    /** Whether the account owns the offering (and so teaches every class of it). */
    public boolean ownsOffering(long offeringId, long accountId) {
        return reader.ownsOffering(offeringId, accountId);
    }

    /** The learners with an ACTIVE enrolment in the offering, in the class when {@code classId} is not null. */
    public List<Long> activeLearners(long offeringId, Long classId) {
        return reader.activeLearners(offeringId, classId);
    }

    /**
     * Who teaches the class (null: the offering as a whole): the offering's owner and the class's TEACHERs (of any
     * class of the offering when null), by id.
     */
    public List<Long> teachers(long offeringId, Long classId) {
        return reader.teachers(offeringId, classId);
    }

    /** The item (depth 3) of a PUBLISHED offering, when it is neither hidden nor retired. */
    public Optional<LearnableItem> visibleItem(long offeringId, long nodeId) {
        return reader.visibleItem(offeringId, nodeId);
    }

    /** Whether the account teaches or assists the class (a row in class_staff). */
    public boolean isClassStaff(long classId, long accountId) {
        return reader.staffRole(classId, accountId).isPresent();
    }

    /** Whether the account is a TEACHER (not only an assistant) of the class. */
    public boolean teachesClass(long classId, long accountId) {
        return reader.staffRole(classId, accountId).filter("TEACHER"::equals).isPresent();
    }

    /** The classes of the offering the account teaches or assists; the offering's owner sees all its classes. */
    public List<Long> visibleClassIds(long offeringId, long accountId) {
        return reader.visibleClassIds(offeringId, accountId);
    }

    /** The learner's ACTIVE enrolments in published or closed offerings, newest first. */
    public List<EnrolledOffering> enrolledOfferings(long learnerId) {
        return reader.enrolledOfferings(learnerId);
    }

    /** The visible items (depth 3) of a PUBLISHED offering with their module and topic titles, in outline order. */
    public List<OutlineItem> outlineItems(long offeringId) {
        return reader.outlineItems(offeringId);
    }
}
