package org.ziyuanku.service.learning.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.service.learning.WeeklyReportView;

/** The weekly report's reads over enrolments and progress, and its once-a-week marker ({@code weekly_report_sent}). */
@ApplicationScoped
public class LearningReportRepository {

    private static final String SUMMARY = "with " + ClassStatisticsRepository.PLAYABLE + ", "
            + ClassStatisticsRepository.ITEMS + ", done as (select i.item_id, max(p.completed_at) as completed_at"
            + " from item_progress p join items i on i.item_id = p.offering_node_id where p.enrolment_id = :enrolment"
            + " and p.status = 'COMPLETED' and (i.kind <> 'ASSEMBLY' or exists (select 1 from playable ap"
            + " where ap.assembly_id = i.assembly_id and ap.resource_id = p.part_id)) group by i.item_id, i.parts"
            + " having count(*) >= i.parts) select e.learner_id as learner_id, o.id as offering_id, o.title as title,"
            + " (select count(*) from items) as items, (select count(*) from done) as completed,"
            + " (select count(*) from done where completed_at >= :week) as this_week from enrolment e"
            + " join course_offering o on o.id = e.offering_id where e.id = :enrolment and e.status = 'ACTIVE'";

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public List<Long> openEnrolments(long afterId, int size) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select e.id from enrolment e join course_offering o"
                + " on o.id = e.offering_id where e.id > :after and e.status = 'ACTIVE' and o.status = 'PUBLISHED'"
                + " and current_date between o.starts_on and o.ends_on order by e.id limit :size")
                .setParameter("after", afterId).setParameter("size", size).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    public Optional<WeeklyReportView> summary(long enrolmentId, LocalDate weekStart) {
        Long offering = offeringOf(enrolmentId);
        if (offering == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(SUMMARY, Tuple.class).setParameter("offering", offering)
                .setParameter("enrolment", enrolmentId).setParameter("week", weekStart.atStartOfDay())
                .getResultList();
        return rows.stream().findFirst().map(r -> {
            int items = r.get("items", Number.class).intValue();
            int completed = r.get("completed", Number.class).intValue();
            return new WeeklyReportView(enrolmentId, r.get("learner_id", Number.class).longValue(), offering,
                    r.get("title", String.class), completed, items,
                    items == 0 ? 0 : (int) Math.min(100, completed * 100L / items),
                    r.get("this_week", Number.class).intValue());
        });
    }

    /** Records that the week's report of the enrolment is sent; false when it was already (by any node). */
    public boolean markSent(LocalDate weekStart, long enrolmentId) {
        return em.createNativeQuery("insert into weekly_report_sent (week_start, enrolment_id, sent_at)"
                + " values (:week, :enrolment, localtimestamp) on conflict do nothing")
                .setParameter("week", weekStart).setParameter("enrolment", enrolmentId).executeUpdate() == 1;
    }

    private Long offeringOf(long enrolmentId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select offering_id from enrolment where id = :enrolment")
                .setParameter("enrolment", enrolmentId).getResultList();
        return ids.stream().findFirst().map(Number::longValue).orElse(null);
    }
}
