package org.ziyuanku.service.exam.internal;

import static org.ziyuanku.service.system.NativeRows.number;
import static org.ziyuanku.service.system.NativeRows.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.exam.ExamStatus;
import org.ziyuanku.domain.exam.ShowAnswers;
import org.ziyuanku.service.exam.ExamCommand;
import org.ziyuanku.service.exam.ExamView;

/** Exams (table exam), in native SQL. */
@ApplicationScoped
public class ExamRepository {

    private static final String SELECT = "select e.id, e.paper_id, e.offering_id, e.class_id, e.title, e.opens_at,"
            + " e.closes_at, e.duration_minutes, e.max_attempts, e.late_entry_minutes, e.show_answers, e.status,"
            + " e.created_by, e.created_at, e.version, (select count(*) from exam_attempt a where a.exam_id = e.id"
            + " and a.status = 'PREPARED') as prepared, e.peer_reviewers from exam e";
    private static final int MAX_EXAMS = 500;

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** Inserts a DRAFT exam; answers its id. */
    public long add(ExamCommand c, long createdBy, LocalDateTime now) {
        long id = ((Number) em.createNativeQuery("select nextval('exam_seq')").getSingleResult()).longValue();
        Query insert = em.createNativeQuery("insert into exam (id, paper_id, offering_id, class_id, title, opens_at,"
                + " closes_at, duration_minutes, max_attempts, late_entry_minutes, show_answers, status, created_by,"
                + " created_at, version, peer_reviewers) values (?1, ?2, ?3, nullif(?4, 0), ?5, ?6, ?7, ?8, ?9,"
                + " nullif(?10, -1), ?11, 'DRAFT', ?13, ?14, 0, ?12)");
        insert.setParameter(1, id).setParameter(13, createdBy).setParameter(14, Timestamp.valueOf(now));
        bind(insert, c, 2).executeUpdate();
        return id;
    }

    /** Updates a DRAFT exam; answers whether it was still a draft. */
    public boolean update(long id, ExamCommand c) {
        Query update = em.createNativeQuery("update exam set paper_id = ?2, offering_id = ?3, class_id = nullif(?4, 0),"
                + " title = ?5, opens_at = ?6, closes_at = ?7, duration_minutes = ?8, max_attempts = ?9,"
                + " late_entry_minutes = nullif(?10, -1), show_answers = ?11, peer_reviewers = ?12,"
                + " version = version + 1 where id = ?1 and status = 'DRAFT'").setParameter(1, id);
        return bind(update, c, 2).executeUpdate() == 1;
    }

    private static Query bind(Query q, ExamCommand c, int first) {
        q.setParameter(first, c.paperId()).setParameter(first + 1, c.offeringId())
                .setParameter(first + 2, c.classId() == null ? 0L : c.classId())
                .setParameter(first + 3, c.title()).setParameter(first + 4, Timestamp.valueOf(c.opensAt()))
                .setParameter(first + 5, Timestamp.valueOf(c.closesAt())).setParameter(first + 6, c.durationMinutes())
                .setParameter(first + 7, c.maxAttempts())
                .setParameter(first + 8, c.lateEntryMinutes() == null ? -1 : c.lateEntryMinutes())
                .setParameter(first + 9, c.showAnswers().name())
                .setParameter(first + 10, c.peerReviewers() == null ? 0 : c.peerReviewers());
        return q;
    }

    /** Publishes a DRAFT exam; answers whether it was one. */
    public boolean publish(long id) {
        return em.createNativeQuery("update exam set status = 'PUBLISHED', version = version + 1 where id = ?1"
                + " and status = 'DRAFT'").setParameter(1, id).executeUpdate() == 1;
    }

    /**
     * Closes a PUBLISHED exam early: CLOSED, closing at {@code now} (or just after its opening when it has not opened
     * yet, so the window stays valid); answers whether it was published.
     */
    public boolean close(long id, LocalDateTime now) {
        return em.createNativeQuery("update exam set status = 'CLOSED', closes_at = least(closes_at,"
                + " greatest(cast(?2 as timestamp), opens_at + interval '1 second')), version = version + 1"
                + " where id = ?1 and status = 'PUBLISHED'").setParameter(1, id).setParameter(2, Timestamp.valueOf(now))
                .executeUpdate() == 1;
    }

    /** Moves a PUBLISHED exam's closing to {@code closes} when it closes earlier (the demo exam). */
    public void keepOpenUntil(long id, LocalDateTime closes) {
        em.createNativeQuery("update exam set closes_at = ?2 where id = ?1 and status = 'PUBLISHED'"
                + " and closes_at < ?2").setParameter(1, id).setParameter(2, Timestamp.valueOf(closes)).executeUpdate();
    }

    public Optional<ExamView> find(long id) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(SELECT + " where e.id = ?1", Tuple.class).setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(ExamRepository::view);
    }

    /**
     * An exam set by teachers (kind EXAM), not the backing exam of a self-test: what the exam endpoints and pages
     * reach.
     */
    public Optional<ExamView> findExam(long id) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(SELECT + " where e.id = ?1 and e.kind = 'EXAM'", Tuple.class)
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(ExamRepository::view);
    }

    /** The offering's exams (not self-tests), newest first. */
    public List<ExamView> ofOffering(long offeringId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery(SELECT + " where e.offering_id = ?1 and e.kind = 'EXAM' order by e.opens_at desc, e.id desc",
                Tuple.class).setParameter(1, offeringId).setMaxResults(MAX_EXAMS).getResultList();
        return rows.stream().map(ExamRepository::view).toList();
    }

    private static ExamView view(Tuple t) {
        Object late = t.get("late_entry_minutes");
        Object classId = t.get("class_id");
        return new ExamView(number(t.get("id")), number(t.get("paper_id")), number(t.get("offering_id")),
                classId == null ? null : number(classId), (String) t.get("title"), time(t.get("opens_at")),
                time(t.get("closes_at")), ((Number) t.get("duration_minutes")).intValue(),
                ((Number) t.get("max_attempts")).intValue(), late == null ? null : ((Number) late).intValue(),
                ShowAnswers.valueOf((String) t.get("show_answers")), ExamStatus.valueOf((String) t.get("status")),
                number(t.get("created_by")), time(t.get("created_at")), ((Number) t.get("version")).intValue(),
                number(t.get("prepared")), ((Number) t.get("peer_reviewers")).intValue());
    }

}
