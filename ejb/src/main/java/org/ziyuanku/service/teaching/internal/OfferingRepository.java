package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.ziyuanku.domain.teaching.CourseOffering;
import org.ziyuanku.domain.teaching.IncomingChange;
import org.ziyuanku.domain.teaching.OfferingNode;
import org.ziyuanku.domain.teaching.OfferingStatus;
import org.ziyuanku.service.teaching.OfferingCardView;

/** Offerings, their outline nodes and their incoming changes. */
@ApplicationScoped
public class OfferingRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public Optional<CourseOffering> find(long id) {
        return Optional.ofNullable(em.find(CourseOffering.class, id));
    }

    /** The offering locked until the transaction ends, so that two syncs or decisions do not interleave. */
    public Optional<CourseOffering> lock(long id) {
        return Optional.ofNullable(em.find(CourseOffering.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The offerings the account owns or whose classes it teaches or assists, newest first. */
    public List<CourseOffering> ofStaff(long accountId) {
        return em.createQuery("select o from CourseOffering o where o.ownerId = :a or exists (select 1 from"
                + " CourseClass c, ClassStaff s where c.offering = o and s.classId = c.id and s.accountId = :a)"
                + " order by o.startsOn desc, o.id desc", CourseOffering.class).setParameter("a", accountId)
                .getResultList();
    }

    /** Published offerings not yet over, newest start first, with their library's name: one query. */
    public List<OfferingCardView> onOffer(LocalDate today, int max) {
        return em.createQuery("select new org.ziyuanku.service.teaching.OfferingCardView(o.id, o.title, o.termCode,"
                + " o.startsOn, o.endsOn, l.id, l.name) from CourseOffering o, StandardCourse c, ResourceLibrary l"
                + " where c.id = o.courseId and l.id = c.libraryId and o.status = :s and o.endsOn >= :today"
                + " order by o.startsOn desc, o.id desc", OfferingCardView.class)
                .setParameter("s", OfferingStatus.PUBLISHED).setParameter("today", today).setMaxResults(max)
                .getResultList();
    }

    /** The ids of the offerings of the course that are not closed. */
    public List<Long> runningOf(long courseId) {
        return em.createQuery("select o.id from CourseOffering o where o.courseId = :c and o.status <> "
                + "org.ziyuanku.domain.teaching.OfferingStatus.CLOSED", Long.class).setParameter("c", courseId)
                .getResultList();
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public List<OfferingNode> nodes(long offeringId) {
        return em.createNamedQuery("OfferingNode.findByOffering", OfferingNode.class)
                .setParameter("offering", offeringId).getResultList();
    }

    public Optional<OfferingNode> node(long offeringId, long nodeId) {
        return Optional.ofNullable(em.find(OfferingNode.class, nodeId))
                .filter(n -> n.getOffering().getId() == offeringId);
    }

    public List<IncomingChange> changes(long offeringId, boolean pendingOnly) {
        return em.createQuery("select c from IncomingChange c where c.offeringId = :o"
                + (pendingOnly ? " and c.status = org.ziyuanku.domain.teaching.IncomingChange.Status.PENDING" : "")
                + " order by c.id", IncomingChange.class).setParameter("o", offeringId).getResultList();
    }

    public Optional<IncomingChange> change(long offeringId, long changeId) {
        return Optional.ofNullable(em.find(IncomingChange.class, changeId))
                .filter(c -> c.getOfferingId() == offeringId);
    }

    /** Whether the teacher already declined exactly this standard content of that node (null: its removal). */
    public boolean declined(long offeringId, UUID originKey, String hash) {
        TypedQuery<Long> query = em.createQuery("select c.id from IncomingChange c where c.offeringId = :o"
                + " and c.originKey = :k and " + (hash == null ? "c.standardHash is null" : "c.standardHash = :h")
                + " and c.status = org.ziyuanku.domain.teaching.IncomingChange.Status.DECLINED", Long.class)
                .setParameter("o", offeringId).setParameter("k", originKey);
        if (hash != null) {
            query.setParameter("h", hash);
        }
        return !query.setMaxResults(1).getResultList().isEmpty();
    }

    /** Whether the resource is published (not in the recycle bin), so an offering may refer to it. */
    public boolean publishedResource(long resourceId) {
        return !em.createNativeQuery("select 1 from teaching_resource where id = ?1 and status = 'PUBLISHED'"
                + " and deleted_at is null").setParameter(1, resourceId).getResultList().isEmpty();
    }

    /** Whether the running offering lags behind the current version of its published standard course. */
    public boolean behind(long offeringId) {
        return !em.createNativeQuery("select 1 from course_offering o join standard_course c on c.id = o.course_id"
                + " where o.id = ?1 and o.status <> 'CLOSED' and c.status = 'PUBLISHED' and c.revision_of_id is null"
                + " and c.course_version > o.synced_course_version").setParameter(1, offeringId).getResultList()
                .isEmpty();
    }

    /** Writes pending changes now, so a broken constraint or a concurrent change surfaces inside the service. */
    public void flush() {
        em.flush();
    }
}
