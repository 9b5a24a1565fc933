package org.ziyuanku.service.learning.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.learning.CourseCertificate;
import org.ziyuanku.service.system.FlushingEntityRepository;

/** Certificates of completed courses, and the names a new one is issued with. */
@ApplicationScoped
public class CertificateRepository extends FlushingEntityRepository<CourseCertificate> {

    public CertificateRepository() {
        super(CourseCertificate.class);
    }

    public Optional<CourseCertificate> byCode(String code) {
        return em.createQuery("select c from CourseCertificate c where c.code = :c", CourseCertificate.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public Optional<CourseCertificate> ofEnrolment(long enrolmentId) {
        return em.createQuery("select c from CourseCertificate c where c.enrolmentId = :e", CourseCertificate.class)
                .setParameter("e", enrolmentId).getResultStream().findFirst();
    }

    /** The learner's certificates, newest first. */
    public List<CourseCertificate> ofLearner(long learnerId) {
        return em.createQuery("select c from CourseCertificate c where c.learnerId = :l order by c.issuedAt desc,"
                + " c.id desc", CourseCertificate.class).setParameter("l", learnerId).getResultList();
    }

    /**
     * Locks the enrolment's row until the transaction ends (FOR NO KEY UPDATE: rows that only refer to it are not
     * held up), so that the completing beat and the learner's request issue its certificate once between them; a
     * second one waits, then finds the certificate of the first.
     */
    public void lockEnrolment(long enrolmentId) {
        em.createNativeQuery("select id from enrolment where id = ?1 for no key update").setParameter(1, enrolmentId)
                .getResultList();
    }

    /** The name of the library of the offering's course. */
    public String libraryOfOffering(long offeringId) {
        return em.createQuery("select l.name from CourseOffering o, StandardCourse c, ResourceLibrary l where"
                + " c.id = o.courseId and l.id = c.libraryId and o.id = :o", String.class).setParameter("o", offeringId)
                .getResultStream().findFirst().orElse("");
    }

    /** The account's real name when it has one, else its display name, else its user name (null: no account). */
    public String nameOf(long accountId) {
        return em.createQuery("select coalesce(a.realName, a.displayName, a.username) from UserAccount a"
                + " where a.id = :a", String.class).setParameter("a", accountId).getResultStream().findFirst()
                .orElse(null);
    }

    /** The offering of an outline node of an offering, if it exists. */
    public Optional<Long> offeringOfNode(long offeringNodeId) {
        List<?> rows = em.createNativeQuery("select offering_id from offering_node where id = ?1")
                .setParameter(1, offeringNodeId).getResultList();
        return rows.stream().findFirst().map(r -> ((Number) r).longValue());
    }
}
