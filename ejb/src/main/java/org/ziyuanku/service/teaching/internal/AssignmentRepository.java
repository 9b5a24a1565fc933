package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.teaching.Assignment;
import org.ziyuanku.domain.teaching.AssignmentStatus;
import org.ziyuanku.domain.teaching.AssignmentSubmission;
import org.ziyuanku.domain.teaching.PeerReview;

/** Homework of offerings, their submissions and peer reviews; and the stored-blob rows of submitted files. */
@ApplicationScoped
public class AssignmentRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public Optional<Assignment> find(long id) {
        return Optional.ofNullable(em.find(Assignment.class, id));
    }

    /** The homework, locked for handing out peer reviews (so two staff doing it at once do not both do it). */
    public Optional<Assignment> lock(long id) {
        return Optional.ofNullable(em.find(Assignment.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }

    /** The offering's homework for the whole offering and for any of the classes, by due time. */
    public List<Assignment> forClasses(long offeringId, List<Long> classIds, boolean publishedOnly) {
        List<Long> ids = classIds.isEmpty() ? List.of(-1L) : classIds;
        List<AssignmentStatus> statuses = publishedOnly ? List.of(AssignmentStatus.PUBLISHED, AssignmentStatus.CLOSED)
                : List.of(AssignmentStatus.values());
        return em.createQuery("select a from Assignment a where a.offeringId = :o and (a.classId is null or a.classId"
                + " in :c) and a.status in :s order by a.dueAt, a.id", Assignment.class)
                .setParameter("o", offeringId).setParameter("c", ids).setParameter("s", statuses).getResultList();
    }

    public Optional<AssignmentSubmission> submission(long id) {
        return Optional.ofNullable(em.find(AssignmentSubmission.class, id));
    }

    public Optional<AssignmentSubmission> submissionOf(long assignmentId, long learnerId) {
        return em.createQuery("select s from AssignmentSubmission s where s.assignmentId = :a and s.learnerId = :l",
                AssignmentSubmission.class).setParameter("a", assignmentId).setParameter("l", learnerId)
                .getResultStream().findFirst();
    }

    public List<AssignmentSubmission> submissions(long assignmentId) {
        return em.createQuery("select s from AssignmentSubmission s where s.assignmentId = :a order by s.id",
                AssignmentSubmission.class).setParameter("a", assignmentId).getResultList();
    }

    public Optional<PeerReview> review(long id) {
        return Optional.ofNullable(em.find(PeerReview.class, id));
    }

    /** Every peer review of the homework's submissions. */
    public List<PeerReview> reviews(long assignmentId) {
        return em.createQuery("select r from PeerReview r where r.submissionId in (select s.id from"
                + " AssignmentSubmission s where s.assignmentId = :a) order by r.id", PeerReview.class)
                .setParameter("a", assignmentId).getResultList();
    }

    /** The peer reviews the learner was given for the homework. */
    public List<PeerReview> reviewsBy(long assignmentId, long reviewerId) {
        return em.createQuery("select r from PeerReview r where r.reviewerId = :r and r.submissionId in (select s.id"
                + " from AssignmentSubmission s where s.assignmentId = :a) order by r.id", PeerReview.class)
                .setParameter("r", reviewerId).setParameter("a", assignmentId).getResultList();
    }

    /** The peer reviews of one submission. */
    public List<PeerReview> reviewsOf(long submissionId) {
        return em.createQuery("select r from PeerReview r where r.submissionId = :s order by r.id", PeerReview.class)
                .setParameter("s", submissionId).getResultList();
    }

    /** The ACTIVE learners of the homework's class, or of its whole offering. */
    public List<Long> audience(Assignment a) {
        @SuppressWarnings("unchecked")
        List<Number> ids = a.getClassId() == null
                ? em.createNativeQuery("select learner_id from enrolment where offering_id = ?1 and status = 'ACTIVE'"
                        + " order by learner_id").setParameter(1, a.getOfferingId()).getResultList()
                : em.createNativeQuery("select learner_id from enrolment where class_id = ?1 and status = 'ACTIVE'"
                        + " order by learner_id").setParameter(1, a.getClassId()).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Claims a kept file with a stored_blob row (once), so that the blob sweeper keeps it. */
    public void claimBlob(String sha256, long sizeBytes, String mediaType) {
        em.createNativeQuery("insert into stored_blob (sha256, size_bytes, media_type, created_at) values (?1, ?2, ?3,"
                + " localtimestamp) on conflict do nothing").setParameter(1, sha256).setParameter(2, sizeBytes)
                .setParameter(3, mediaType).executeUpdate();
    }
}
