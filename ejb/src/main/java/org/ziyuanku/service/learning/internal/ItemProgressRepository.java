package org.ziyuanku.service.learning.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.learning.ItemProgress;
import org.ziyuanku.domain.learning.ItemProgressId;
import org.ziyuanku.domain.learning.LearningResume;

/** Progress per item and the "continue" target, per enrolment. */
@ApplicationScoped
public class ItemProgressRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public Optional<ItemProgress> find(long enrolmentId, long nodeId, long partId) {
        return Optional.ofNullable(em.find(ItemProgress.class, new ItemProgressId(enrolmentId, nodeId, partId)));
    }

    public void add(ItemProgress progress) {
        em.persist(progress);
    }

    /** All progress rows of the enrolment. */
    public List<ItemProgress> ofEnrolment(long enrolmentId) {
        return em.createQuery("select p from ItemProgress p where p.enrolmentId = :enrolment", ItemProgress.class)
                .setParameter("enrolment", enrolmentId).getResultList();
    }

    /** The enrolment's progress rows of one item (one per part of a 积件). */
    public List<ItemProgress> ofItem(long enrolmentId, long nodeId) {
        return em.createQuery("select p from ItemProgress p where p.enrolmentId = :enrolment"
                + " and p.offeringNodeId = :node", ItemProgress.class).setParameter("enrolment", enrolmentId)
                .setParameter("node", nodeId).getResultList();
    }

    /** Progress rows of several enrolments (the "my courses" list), one query. */
    public List<ItemProgress> ofEnrolments(List<Long> enrolmentIds) {
        if (enrolmentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from ItemProgress p where p.enrolmentId in :enrolments", ItemProgress.class)
                .setParameter("enrolments", enrolmentIds).getResultList();
    }

    public Optional<LearningResume> resume(long enrolmentId) {
        return Optional.ofNullable(em.find(LearningResume.class, enrolmentId));
    }

    /** Moves the enrolment's "continue" target to the item, part and position (created when missing). */
    public void moveResume(long enrolmentId, long nodeId, long partId, long positionMs, LocalDateTime now) {
        LearningResume resume = em.find(LearningResume.class, enrolmentId);
        if (resume == null) {
            em.persist(new LearningResume(enrolmentId, nodeId, partId, positionMs, now));
        } else {
            resume.moveTo(nodeId, partId, positionMs, now);
        }
    }
}
