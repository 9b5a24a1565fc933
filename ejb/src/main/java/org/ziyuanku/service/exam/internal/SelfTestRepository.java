package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ziyuanku.service.exam.SelfTestScores;
import org.ziyuanku.service.system.NativeRows;

/**
 * Self-tests (tables self_test and, for items added locally to one offering, offering_self_test; and exam rows of kind SELF_TEST with their attempts), in native SQL. The backing exam
 * of an offering's self-test item is inserted once ({@code on conflict do nothing} on its unique index), so two first
 * starts at once create one.
 */
@ApplicationScoped
public class SelfTestRepository {

    /** The backing exam's closing: a self-test is always open. */
    static final LocalDateTime NEVER_CLOSES = LocalDateTime.of(2999, 12, 31, 0, 0);
    /** A self-test has no time limit of its own: an attempt stays open a day (the longest an exam allows). */
    static final int DAY_MINUTES = 1440;
    /** As good as unlimited attempts. */
    static final int MANY_ATTEMPTS = 1_000_000;

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** A self-test item of a published offering, visible to learners, with its paper (null: none set yet). */
    public record Item(long nodeId, long offeringId, String title, UUID originKey, Long paperId) {
    }

    /** The offering and the self-test item a backing exam stands for. */
    public record ExamItem(long offeringId, long itemId) {
    }

    /** Sets (or replaces) the paper of the self-test item with that node key. */
    public void setPaper(UUID nodeKey, long paperId, long by, LocalDateTime now) {
        em.createNativeQuery("insert into self_test (node_key, paper_id, set_by, set_at, version)"
                + " values (cast(?1 as uuid), ?2, ?3, ?4, 0) on conflict (node_key) do update set paper_id = excluded.paper_id, set_by = excluded.set_by,"
                + " set_at = excluded.set_at, version = self_test.version + 1")
                .setParameter(1, nodeKey.toString())
                .setParameter(2, paperId).setParameter(3, by).setParameter(4, Timestamp.valueOf(now)).executeUpdate();
    }

    /** Sets (or replaces) the paper of a SELF_TEST item added locally to its offering (no origin key). */
    public void setLocalPaper(long offeringNodeId, long paperId, long by, LocalDateTime now) {
        em.createNativeQuery("insert into offering_self_test (offering_node_id, paper_id, set_by, set_at, version)"
                + " values (?1, ?2, ?3, ?4, 0) on conflict (offering_node_id) do update set paper_id = excluded.paper_id,"
                + " set_by = excluded.set_by, set_at = excluded.set_at, version = offering_self_test.version + 1")
                .setParameter(1, offeringNodeId).setParameter(2, paperId).setParameter(3, by)
                .setParameter(4, Timestamp.valueOf(now)).executeUpdate();
    }

    /** The paper of the self-test item with that node key. */
    public Optional<Long> paperOf(UUID nodeKey) {
        List<?> rows = em.createNativeQuery("select paper_id from self_test where node_key = cast(?1 as uuid)")
                .setParameter(1, nodeKey.toString()).getResultList();
        return rows.stream().findFirst().map(r -> ((Number) r).longValue());
    }

    /** The node keys of the offering's SELF_TEST items that have no paper yet. */
    public List<UUID> withoutPaper(long offeringId) {
        @SuppressWarnings("unchecked")
        List<String> keys = em.createNativeQuery("select cast(n.origin_key as varchar) from offering_node n"
                + " where n.offering_id = ?1 and n.item_kind = 'SELF_TEST' and n.origin_key is not null"
                + " and not exists (select 1 from self_test s where s.node_key = n.origin_key)")
                .setParameter(1, offeringId).getResultList();
        return keys.stream().map(UUID::fromString).toList();
    }

    /** The SELF_TEST item of a PUBLISHED offering, neither hidden nor retired. */
    public Optional<Item> item(long offeringNodeId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select n.id, n.offering_id, n.title,"
                + " cast(n.origin_key as varchar) as origin_key, coalesce(s.paper_id, l.paper_id) as paper_id"
                + " from offering_node n join course_offering o on o.id = n.offering_id"
                + " left join self_test s on s.node_key = n.origin_key left join offering_self_test l"
                + " on l.offering_node_id = n.id and n.origin_key is null where n.id = ?1 and n.depth = 3 and n.item_kind = 'SELF_TEST'"
                + " and not n.hidden and n.retired_at is null and o.status = 'PUBLISHED'", Tuple.class)
                .setParameter(1, offeringNodeId).getResultList();
        return rows.stream().findFirst().map(SelfTestRepository::item);
    }

    /** The library of the offering's course. */
    public long libraryOf(long offeringId) {
        return NativeRows.number(em.createNativeQuery("select c.library_id from course_offering o join standard_course c"
                + " on c.id = o.course_id where o.id = ?1").setParameter(1, offeringId).getSingleResult());
    }

    private static Item item(Tuple t) {
        String originKey = (String) t.get("origin_key");
        Object paperId = t.get("paper_id");
        return new Item(NativeRows.number(t.get("id")), NativeRows.number(t.get("offering_id")),
                (String) t.get("title"), originKey == null ? null : UUID.fromString(originKey),
                paperId == null ? null : NativeRows.number(paperId));
    }

    /**
     * The backing exam of the offering's self-test item, created (PUBLISHED, open from now on, answers shown after
     * submitting) when there is none; its paper follows the item's. Answers its id.
     */
    public long backingExam(Item item, long paperId, long createdBy, LocalDateTime now) {
        em.createNativeQuery("insert into exam (id, paper_id, offering_id, class_id, title, opens_at, closes_at,"
                + " duration_minutes, max_attempts, late_entry_minutes, show_answers, status, created_by, created_at,"
                + " version, kind, offering_node_id) values (nextval('exam_seq'), ?1, ?2, null, ?3, ?4, ?5, ?6, ?7,"
                + " null, 'AFTER_SUBMIT', 'PUBLISHED', ?8, ?9, 0, 'SELF_TEST', ?10) on conflict do nothing")
                .setParameter(1, paperId).setParameter(2, item.offeringId()).setParameter(3, item.title())
                .setParameter(4, Timestamp.valueOf(now.minusMinutes(1))).setParameter(5, Timestamp.valueOf(NEVER_CLOSES))
                .setParameter(6, DAY_MINUTES).setParameter(7, MANY_ATTEMPTS).setParameter(8, createdBy)
                .setParameter(9, Timestamp.valueOf(now)).setParameter(10, item.nodeId()).executeUpdate();
        em.createNativeQuery("update exam set paper_id = ?2, title = ?3 where offering_node_id = ?1 and kind ="
                + " 'SELF_TEST' and (paper_id <> ?2 or title <> ?3)").setParameter(1, item.nodeId())
                .setParameter(2, paperId).setParameter(3, item.title()).executeUpdate();
        return ((Number) em.createNativeQuery("select id from exam where offering_node_id = ?1 and kind = 'SELF_TEST'")
                .setParameter(1, item.nodeId()).getSingleResult()).longValue();
    }

    /** The offering and item of a self-test's backing exam. */
    public Optional<ExamItem> itemOfExam(long examId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select offering_id, offering_node_id from exam where id = ?1"
                + " and kind = 'SELF_TEST'", Tuple.class).setParameter(1, examId).getResultList();
        return rows.stream().findFirst().map(t -> new ExamItem(
                NativeRows.number(t.get("offering_id")), NativeRows.number(t.get("offering_node_id"))));
    }

    /** The learner's scores at the self-test item (no attempt yet: zero attempts, no scores). */
    public SelfTestScores scores(Item item, long learnerId) {
        List<Row> rows = rows(item.nodeId(), learnerId);
        return rows.isEmpty() ? new SelfTestScores(item.nodeId(), item.title(), learnerId, null, 0, null, null, null,
                null) : rows.get(0).scores(item);
    }

    /** Every learner's scores at the self-test item who has an attempt, by name. */
    public List<SelfTestScores> allScores(Item item) {
        return rows(item.nodeId(), null).stream().map(r -> r.scores(item)).toList();
    }

    private List<Row> rows(long nodeId, Long learnerId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select a.learner_id, u.display_name,"
                + " count(*) filter (where a.status in ('SUBMITTED', 'GRADED')) as done,"
                + " max(a.score) filter (where a.status in ('SUBMITTED', 'GRADED')) as best,"
                + " (array_agg(a.score order by a.attempt_no desc) filter (where a.status in ('SUBMITTED',"
                + " 'GRADED')))[1] as last, max(a.max_score) as max_score,"
                + " max(a.id) filter (where a.status in ('PREPARED', 'IN_PROGRESS')) as open_id"
                + " from exam e join exam_attempt a on a.exam_id = e.id join user_account u on u.id = a.learner_id"
                + " where e.offering_node_id = ?1 and e.kind = 'SELF_TEST' and (?2 = 0 or a.learner_id = ?2)"
                + " group by a.learner_id, u.display_name order by u.display_name, a.learner_id", Tuple.class)
                .setParameter(1, nodeId).setParameter(2, learnerId == null ? 0L : learnerId).getResultList();
        return rows.stream().map(t -> new Row(NativeRows.number(t.get("learner_id")),
                (String) t.get("display_name"), ((Number) t.get("done")).intValue(), (BigDecimal) t.get("best"),
                (BigDecimal) t.get("last"), (BigDecimal) t.get("max_score"),
                t.get("open_id") == null ? null : NativeRows.number(t.get("open_id")))).toList();
    }

    private record Row(long learnerId, String name, int done, BigDecimal best, BigDecimal last, BigDecimal maxScore,
            Long openAttemptId) {

        SelfTestScores scores(Item item) {
            return new SelfTestScores(item.nodeId(), item.title(), learnerId, name, done, best, last, maxScore,
                    openAttemptId);
        }
    }
}
