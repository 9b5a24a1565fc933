package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ziyuanku.domain.teaching.ClassNotice;
import org.ziyuanku.service.system.EntityRepository;

/** Notices of offerings, who they are for (the ACTIVE learners of the class or offering) and who read them. */
@ApplicationScoped
public class NoticeRepository extends EntityRepository<ClassNotice> {

    private static final String ORDER = " order by n.pinned desc, n.createdAt desc, n.id desc";

    public NoticeRepository() {
        super(ClassNotice.class);
    }

    /** The offering's notices for the whole offering and for the class, pinned first, then newest. */
    public List<ClassNotice> forClass(long offeringId, long classId) {
        return em.createQuery("select n from ClassNotice n where n.offeringId = :o and (n.classId is null or n.classId"
                + " = :c)" + ORDER, ClassNotice.class).setParameter("o", offeringId).setParameter("c", classId)
                .getResultList();
    }

    /** The offering's notices for the whole offering and for any of the classes, pinned first, then newest. */
    public List<ClassNotice> forClasses(long offeringId, List<Long> classIds) {
        List<Long> ids = classIds.isEmpty() ? List.of(-1L) : classIds;
        return em.createQuery("select n from ClassNotice n where n.offeringId = :o and (n.classId is null or n.classId"
                + " in :c)" + ORDER, ClassNotice.class).setParameter("o", offeringId).setParameter("c", ids)
                .getResultList();
    }

    /** Records the reading once; a second reading changes nothing. */
    public void markRead(long noticeId, long accountId) {
        em.createNativeQuery("insert into class_notice_read (notice_id, account_id, read_at) values (?1, ?2,"
                + " localtimestamp) on conflict do nothing").setParameter(1, noticeId).setParameter(2, accountId)
                .executeUpdate();
    }

    /** The ids of the offering's notices the account has read. */
    public Set<Long> readBy(long accountId, long offeringId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select r.notice_id from class_notice_read r join class_notice n"
                + " on n.id = r.notice_id where r.account_id = ?1 and n.offering_id = ?2").setParameter(1, accountId)
                .setParameter(2, offeringId).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    /** The accounts that read the notice. */
    public Set<Long> readers(long noticeId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select account_id from class_notice_read where notice_id = ?1")
                .setParameter(1, noticeId).getResultList();
        return ids.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    /** The ACTIVE learners the notice is for: of its class, or of the whole offering. */
    public List<Long> audience(ClassNotice notice) {
        @SuppressWarnings("unchecked")
        List<Number> ids = notice.getClassId() == null
                ? em.createNativeQuery("select learner_id from enrolment where offering_id = ?1 and status = 'ACTIVE'"
                        + " order by learner_id").setParameter(1, notice.getOfferingId()).getResultList()
                : em.createNativeQuery("select learner_id from enrolment where class_id = ?1 and status = 'ACTIVE'"
                        + " order by learner_id").setParameter(1, notice.getClassId()).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * For each notice: how many ACTIVE learners it is for and how many of them read it, in one query (the staff's
     * list shows "n/m 已读" on every notice). Answers notice id → {read, audience}.
     */
    public Map<Long, int[]> receiptCounts(Collection<Long> noticeIds) {
        if (noticeIds.isEmpty()) {
            return Map.of();
        }
        String audience = "e.status = 'ACTIVE' and (case when n.class_id is null then e.offering_id = n.offering_id"
                + " else e.class_id = n.class_id end)";
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select n.id as notice, (select count(*) from class_notice_read r"
                + " join enrolment e on e.learner_id = r.account_id where r.notice_id = n.id and " + audience
                + ") as readers, (select count(*) from enrolment e where " + audience + ") as audience"
                + " from class_notice n where n.id in (?1)", Tuple.class).setParameter(1, noticeIds).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> ((Number) r.get("notice")).longValue(),
                r -> new int[] {((Number) r.get("readers")).intValue(), ((Number) r.get("audience")).intValue()}));
    }
}
