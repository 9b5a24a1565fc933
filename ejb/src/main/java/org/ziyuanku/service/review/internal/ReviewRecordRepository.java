package org.ziyuanku.service.review.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import org.ziyuanku.domain.review.ReviewAction;
import org.ziyuanku.domain.review.ReviewRecord;

/** The review record: steps are only ever added and read. */
@ApplicationScoped
public class ReviewRecordRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public void add(ReviewRecord record) {
        em.persist(record);
    }

    /** Every step about the item, oldest first. */
    public List<ReviewRecord> ofSubject(String type, long subjectId) {
        return em.createNamedQuery("ReviewRecord.findBySubject", ReviewRecord.class).setParameter("type", type)
                .setParameter("subject", subjectId).getResultList();
    }

    /** The steps of these submissions, oldest first. */
    public List<ReviewRecord> ofSubmissions(Collection<Long> submissionIds) {
        return submissionIds.isEmpty() ? List.of()
                : em.createNamedQuery("ReviewRecord.findBySubmissions", ReviewRecord.class)
                        .setParameter("submissions", submissionIds).getResultList();
    }

    /** The levels at which the user decided this version of the item, in any of its submissions. */
    public List<Integer> levelsDecidedBy(String username, String type, long subjectId, int version) {
        return em.createQuery("select distinct r.levelNo from ReviewRecord r where r.actorUsername = :user"
                + " and r.subjectType = :type and r.subjectId = :subject and r.subjectVersion = :version"
                + " and r.action in :decisions", Integer.class).setParameter("user", username)
                .setParameter("type", type).setParameter("subject", subjectId).setParameter("version", version)
                .setParameter("decisions", List.of(ReviewAction.APPROVED, ReviewAction.REJECTED)).getResultList();
    }
}
