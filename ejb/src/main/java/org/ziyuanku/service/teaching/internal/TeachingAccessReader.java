package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.service.teaching.EnrolledOffering;
import org.ziyuanku.service.teaching.LearnableItem;
import org.ziyuanku.service.teaching.OutlineItem;

/** The queries behind {@link org.ziyuanku.service.teaching.TeachingAccess}: each one indexed lookup. */
@ApplicationScoped
public class TeachingAccessReader {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public Optional<Long> activeEnrolment(long offeringId, long learnerId) {
        return firstLong("select id from enrolment where offering_id = ?1 and learner_id = ?2 and status = 'ACTIVE'",
                offeringId, learnerId);
    }

    public Optional<Long> classOfLearner(long offeringId, long learnerId) {
        return firstLong("select class_id from enrolment where offering_id = ?1 and learner_id = ?2"
                + " and status = 'ACTIVE'", offeringId, learnerId);
    }

    public Optional<String> staffRole(long classId, long accountId) {
        @SuppressWarnings("unchecked")
        List<String> roles = em.createNativeQuery("select role from class_staff where class_id = ?1"
                + " and account_id = ?2").setParameter(1, classId).setParameter(2, accountId).getResultList();
        return roles.stream().findFirst();
    }

    public List<Long> visibleClassIds(long offeringId, long accountId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select c.id from course_class c join course_offering o"
                + " on o.id = c.offering_id where c.offering_id = ?1 and (o.owner_id = ?2 or exists (select 1"
                + " from class_staff s where s.class_id = c.id and s.account_id = ?2)) order by c.id")
                .setParameter(1, offeringId).setParameter(2, accountId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    public boolean ownsOffering(long offeringId, long accountId) {
        return firstLong("select id from course_offering where id = ?1 and owner_id = ?2", offeringId, accountId)
                .isPresent();
    }

    public List<Long> activeLearners(long offeringId, Long classId) {
        return longs("select learner_id from enrolment where offering_id = ?1 and status = 'ACTIVE'"
                + " and (?2 = 0 or class_id = ?2) order by learner_id", offeringId, classId == null ? 0L : classId);
    }

    public List<Long> teachers(long offeringId, Long classId) {
        return longs("select owner_id from course_offering where id = ?1 union"
                + " select s.account_id from class_staff s join course_class c on c.id = s.class_id"
                + " where c.offering_id = ?1 and s.role = 'TEACHER' and (?2 = 0 or c.id = ?2) order by 1",
                offeringId, classId == null ? 0L : classId);
    }

    public Optional<LearnableItem> visibleItem(long offeringId, long nodeId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select n.title, n.item_kind, n.resource_id, n.assembly_id,"
                + " n.min_seconds, n.trial, n.page_body from offering_node n join course_offering o on o.id = n.offering_id"
                + " where n.id = ?1 and n.offering_id = ?2 and n.depth = 3 and not n.hidden and n.retired_at is null"
                + " and o.status = 'PUBLISHED'", Tuple.class)
                .setParameter(1, nodeId).setParameter(2, offeringId).getResultList();
        return rows.stream().findFirst().map(row -> new LearnableItem(offeringId, nodeId, (String) row.get("title"),
                (String) row.get("item_kind"), longOrNull(row.get("resource_id")), longOrNull(row.get("assembly_id")),
                ((Number) row.get("min_seconds")).intValue(), (Boolean) row.get("trial"),
                (String) row.get("page_body")));
    }

    public List<EnrolledOffering> enrolledOfferings(long learnerId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select o.id as offering_id, e.id as enrolment_id, e.class_id,"
                + " o.title, o.term_code from enrolment e join course_offering o on o.id = e.offering_id"
                + " where e.learner_id = ?1 and e.status = 'ACTIVE' and o.status in ('PUBLISHED', 'CLOSED')"
                + " order by e.enrolled_at desc, e.id desc", Tuple.class).setParameter(1, learnerId).getResultList();
        return rows.stream().map(row -> new EnrolledOffering(((Number) row.get("offering_id")).longValue(),
                ((Number) row.get("enrolment_id")).longValue(), ((Number) row.get("class_id")).longValue(),
                (String) row.get("title"), (String) row.get("term_code"))).toList();
    }

    public List<OutlineItem> outlineItems(long offeringId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select m.title as module_title, t.title as topic_title, n.id,"
                + " n.title, n.item_kind, n.resource_id, n.assembly_id, n.trial from offering_node n"
                + " join offering_node t on t.id = n.parent_id join offering_node m on m.id = t.parent_id"
                + " join course_offering o on o.id = n.offering_id where n.offering_id = ?1 and n.depth = 3"
                + " and o.status = 'PUBLISHED' and not (n.hidden or t.hidden or m.hidden) and n.retired_at is null"
                + " and t.retired_at is null and m.retired_at is null order by m.position, t.position, n.position",
                Tuple.class).setParameter(1, offeringId).getResultList();
        return rows.stream().map(row -> new OutlineItem(offeringId, ((Number) row.get("id")).longValue(),
                (String) row.get("module_title"), (String) row.get("topic_title"), (String) row.get("title"),
                (String) row.get("item_kind"), longOrNull(row.get("resource_id")), longOrNull(row.get("assembly_id")),
                (Boolean) row.get("trial"))).toList();
    }

    private Optional<Long> firstLong(String sql, long first, long second) {
        return longs(sql, first, second).stream().findFirst();
    }

    /** The query's one column of numbers, with parameters ?1 and ?2. */
    private List<Long> longs(String sql, long first, long second) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(sql).setParameter(1, first).setParameter(2, second).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
