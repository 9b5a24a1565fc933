package org.ziyuanku.service.learning.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.service.learning.ClassChoiceView;
import org.ziyuanku.service.learning.ClassStatisticsView;
import org.ziyuanku.service.learning.LearnerStatisticsView;

/**
 * Class statistics read straight from teaching's and learning's tables (enrolment, course_class, offering_node,
 * item_progress, learning_resume): one grouped query for all learners of a class, never one per learner.
 */
@ApplicationScoped
public class ClassStatisticsRepository {

    /**
     * The parts learners can play of the offering's 积件: those whose resource is published (the rule of the course
     * context's {@code PublishedCourses.assemblyParts}).
     */
    static final String PLAYABLE = "playable as (select distinct ap.assembly_id, ap.resource_id from course_assembly_part"
            + " ap join teaching_resource r on r.id = ap.resource_id where ap.assembly_id in (select assembly_id"
            + " from offering_node where offering_id = :offering and item_kind = 'ASSEMBLY') and r.status = 'PUBLISHED'"
            + " and r.deleted_at is null and r.revision_of_id is null)";
    /**
     * The offering's visible items (depth 3; neither they nor their topic or module hidden or retired) with the number
     * of parts each needs completed (an assembly: its playable parts, at least one) and the due date that applies
     * (item, topic or module).
     */
    static final String ITEMS = "items as (select n.id as item_id, n.item_kind as kind, n.assembly_id,"
            + " coalesce(n.due_on, t.due_on, m.due_on) as due_on, case when n.item_kind = 'ASSEMBLY' then greatest(1,"
            + " (select count(*) from playable ap where ap.assembly_id = n.assembly_id)) else 1 end as parts"
            + " from offering_node n join offering_node t on t.id = n.parent_id join offering_node m on m.id = t.parent_id"
            + " where n.offering_id = :offering and n.depth = 3 and not (n.hidden or t.hidden or m.hidden)"
            + " and n.retired_at is null and t.retired_at is null and m.retired_at is null)";
    /**
     * Per enrolment of the class, the visible items it completed: every part COMPLETED (for an assembly, every playable
     * part; rows of parts taken down or removed from it do not count), as the learner's course page counts them.
     */
    static final String DONE = "done as (select p.enrolment_id, i.item_id, i.due_on, max(p.completed_at) as completed_at"
            + " from item_progress p join items i on i.item_id = p.offering_node_id join enrolment e"
            + " on e.id = p.enrolment_id where e.class_id = :classId and e.status = 'ACTIVE' and p.status = 'COMPLETED'"
            + " and (i.kind <> 'ASSEMBLY' or exists (select 1 from playable ap where ap.assembly_id = i.assembly_id"
            + " and ap.resource_id = p.part_id)) group by p.enrolment_id, i.item_id, i.due_on, i.parts"
            + " having count(*) >= i.parts)";

    private static final String LEARNERS = "with " + PLAYABLE + ", " + ITEMS + ", " + DONE + ", spent as (select p.enrolment_id,"
            + " sum(p.time_spent_ms) as ms, max(p.updated_at) as last_at from item_progress p join enrolment e"
            + " on e.id = p.enrolment_id where e.class_id = :classId and e.status = 'ACTIVE' group by p.enrolment_id)"
            + " select e.id as enrolment_id, e.learner_id as learner_id,"
            + " coalesce(u.real_name, u.display_name) as name, coalesce(e.student_no, u.member_number) as student_no,"
            + " (select count(*) from done d where d.enrolment_id = e.id) as completed,"
            + " coalesce(s.ms, 0) as time_ms, greatest(s.last_at, r.updated_at) as last_at,"
            + " coalesce(greatest(s.last_at, r.updated_at) >= localtimestamp - interval '7 days', false) as active,"
            + " exists (select 1 from items i where i.due_on < current_date and not exists (select 1 from done d"
            + " where d.enrolment_id = e.id and d.item_id = i.item_id)) as behind"
            + " from enrolment e join user_account u on u.id = e.learner_id"
            + " left join spent s on s.enrolment_id = e.id left join learning_resume r on r.enrolment_id = e.id"
            + " where e.class_id = :classId and e.status = 'ACTIVE'"
            + " order by coalesce(e.student_no, u.member_number) nulls last, 3, e.id";

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** The class with its offering: id, name, offering id, offering title; empty when there is no such class. */
    public Optional<ClassHead> head(long classId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select c.name as name, c.offering_id as offering_id, o.title as title"
                + " from course_class c join course_offering o on o.id = c.offering_id where c.id = :classId", Tuple.class)
                .setParameter("classId", classId).getResultList();
        return rows.stream().findFirst().map(r -> new ClassHead(classId, r.get("name", String.class),
                r.get("offering_id", Number.class).longValue(), r.get("title", String.class)));
    }

    /** The statistics of the class: every ACTIVE learner's figures and the totals. */
    public ClassStatisticsView statistics(ClassHead head) {
        int items = ((Number) em.createNativeQuery("with " + PLAYABLE + ", " + ITEMS
                + " select count(*) from items")
                .setParameter("offering", head.offeringId()).getSingleResult()).intValue();
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(LEARNERS, Tuple.class).setParameter("offering", head.offeringId())
                .setParameter("classId", head.classId()).getResultList();
        List<LearnerStatisticsView> learners = rows.stream().map(r -> learner(r, items)).toList();
        int average = learners.isEmpty() ? 0
                : (int) Math.round(learners.stream().mapToInt(LearnerStatisticsView::progress).average().orElse(0));
        int active = (int) rows.stream().filter(r -> Boolean.TRUE.equals(r.get("active"))).count();
        return new ClassStatisticsView(head.classId(), head.className(), head.offeringId(), head.offeringTitle(), items,
                learners, average, active);
    }

    /** The classes the account teaches or assists, and those of offerings it owns, newest offering first. */
    public List<ClassChoiceView> classesOf(long accountId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select c.id as class_id, c.name as class_name, o.id as offering_id,"
                + " o.title as title, o.term_code as term, coalesce(s.role, 'OWNER') as role from course_class c"
                + " join course_offering o on o.id = c.offering_id left join class_staff s on s.class_id = c.id"
                + " and s.account_id = :account where c.archived_at is null and (s.account_id is not null"
                + " or o.owner_id = :account) order by o.starts_on desc, o.id desc, c.name", Tuple.class)
                .setParameter("account", accountId).getResultList();
        return rows.stream().map(r -> new ClassChoiceView(r.get("class_id", Number.class).longValue(),
                r.get("class_name", String.class), r.get("offering_id", Number.class).longValue(),
                r.get("title", String.class), r.get("term", String.class), r.get("role", String.class))).toList();
    }

    /** The accounts of the class's ACTIVE learners. */
    public List<Long> activeLearners(long classId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select learner_id from enrolment where class_id = :classId"
                + " and status = 'ACTIVE' order by learner_id").setParameter("classId", classId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private static LearnerStatisticsView learner(Tuple r, int items) {
        int completed = r.get("completed", Number.class).intValue();
        int progress = items == 0 ? 0 : (int) Math.min(100, completed * 100L / items);
        return new LearnerStatisticsView(r.get("enrolment_id", Number.class).longValue(),
                r.get("learner_id", Number.class).longValue(), r.get("name", String.class),
                r.get("student_no", String.class), completed, items, progress,
                r.get("time_ms", Number.class).longValue(), dateTime(r.get("last_at")),
                Boolean.TRUE.equals(r.get("behind")));
    }

    static LocalDateTime dateTime(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        return value instanceof LocalDateTime d ? d : null;
    }

    /** A class and its offering. */
    public record ClassHead(long classId, String className, long offeringId, String offeringTitle) {
    }
}
