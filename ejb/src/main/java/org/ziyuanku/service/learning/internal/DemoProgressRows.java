package org.ziyuanku.service.learning.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.learning.AttemptMode;
import org.ziyuanku.domain.learning.ProgressCredit;

/** The demo learner's progress written as heartbeats would have left it: a clip completed, another half watched. */
@ApplicationScoped
public class DemoProgressRows {

    /** A media item of the offering: its node, resource and duration. */
    public record MediaItem(long nodeId, long resourceId, int durationSeconds) {
    }

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** The offering's item that plays the resource of that title, if it is a clip with a duration. */
    public Optional<MediaItem> mediaItem(long offeringId, String title) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select n.id as node_id, r.id as resource_id, r.duration_seconds as"
                + " duration from offering_node n join teaching_resource r on r.id = n.resource_id where"
                + " n.offering_id = ?1 and n.depth = 3 and r.title = ?2 and r.duration_seconds > 0", Tuple.class)
                .setParameter(1, offeringId).setParameter(2, title).getResultList();
        return rows.stream().findFirst().map(row -> new MediaItem(((Number) row.get("node_id")).longValue(),
                ((Number) row.get("resource_id")).longValue(), ((Number) row.get("duration")).intValue()));
    }

    /** Progress on the clip: its first {@code seconds} covered, watched two days ago; completed when enough. */
    public void covered(long enrolmentId, MediaItem item, int seconds) {
        int required = ProgressCredit.requiredSeconds(AttemptMode.MEDIA, item.durationSeconds() * 1000L, 0, null,
                false);
        boolean completed = seconds >= required;
        em.createNativeQuery("insert into item_progress (enrolment_id, offering_node_id, part_id, covered, covered_s,"
                + " required_s, time_spent_ms, last_position_ms, status, completed_at, updated_at) values (?1, ?2, ?3,"
                + " ?4, ?5, ?6, ?7, ?7, ?8, case when ?9 then localtimestamp - interval '2 days' end,"
                + " localtimestamp - interval '2 days') on conflict do nothing")
                .setParameter(1, enrolmentId).setParameter(2, item.nodeId()).setParameter(3, item.resourceId())
                .setParameter(4, "0-" + seconds).setParameter(5, seconds).setParameter(6, required)
                .setParameter(7, seconds * 1000L).setParameter(8, completed ? "COMPLETED" : "STARTED")
                .setParameter(9, completed).executeUpdate();
    }

    /** "Continue" points at the clip, {@code seconds} in. */
    public void resumeAt(long enrolmentId, MediaItem item, int seconds) {
        em.createNativeQuery("insert into learning_resume (enrolment_id, offering_node_id, part_id, position_ms,"
                + " updated_at) values (?1, ?2, ?3, ?4, localtimestamp - interval '2 days') on conflict do nothing")
                .setParameter(1, enrolmentId).setParameter(2, item.nodeId()).setParameter(3, item.resourceId())
                .setParameter(4, seconds * 1000L).executeUpdate();
    }
}
