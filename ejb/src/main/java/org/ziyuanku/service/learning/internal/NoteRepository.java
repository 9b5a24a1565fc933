package org.ziyuanku.service.learning.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.ziyuanku.domain.learning.LearnerNote;
import org.ziyuanku.domain.learning.LearnerTarget;
import org.ziyuanku.domain.learning.NoteVisibility;
import org.ziyuanku.service.system.EntityRepository;

/** Learners' notes. */
@ApplicationScoped
public class NoteRepository extends EntityRepository<LearnerNote> {

    private static final int MAX_ROWS = 500;

    public NoteRepository() {
        super(LearnerNote.class);
    }

    /** The owner's notes, newest first. */
    public List<LearnerNote> ofOwner(long ownerId) {
        return em.createQuery("select n from LearnerNote n where n.ownerId = :o order by n.updatedAt desc, n.id desc",
                LearnerNote.class).setParameter("o", ownerId).setMaxResults(MAX_ROWS).getResultList();
    }

    /**
     * The notes on the target the reader may read: their own, and (a course item) those shared with their class,
     * by position then time.
     */
    public List<LearnerNote> onTarget(LearnerTarget target, long readerId, Long classId) {
        String where = target.isResource() ? "n.resourceId = :t" : "n.nodeId = :t";
        return em.createQuery("select n from LearnerNote n where " + where + " and (n.ownerId = :r"
                + " or n.visibility = :shared and n.classId = :c) order by n.positionSeconds nulls first,"
                + " n.updatedAt desc", LearnerNote.class)
                .setParameter("t", target.isResource() ? target.resourceId() : target.nodeId())
                .setParameter("r", readerId).setParameter("shared", NoteVisibility.CLASS)
                .setParameter("c", classId == null ? -1L : classId).setMaxResults(MAX_ROWS).getResultList();
    }
}
