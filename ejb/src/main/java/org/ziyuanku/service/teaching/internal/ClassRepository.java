package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ziyuanku.domain.teaching.ClassRosterEntry;
import org.ziyuanku.domain.teaching.ClassStaff;
import org.ziyuanku.domain.teaching.CourseClass;
import org.ziyuanku.domain.teaching.Enrolment;
import org.ziyuanku.domain.teaching.StaffRole;

/** Classes, their staff, enrolments and imported roster rows. */
@ApplicationScoped
public class ClassRepository {

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    public Optional<CourseClass> find(long id) {
        return Optional.ofNullable(em.find(CourseClass.class, id));
    }

    public Optional<CourseClass> byCode(String code) {
        return em.createQuery("select c from CourseClass c where c.classCode = :code and c.archivedAt is null",
                CourseClass.class).setParameter("code", code).getResultStream().findFirst();
    }

    public List<CourseClass> ofOffering(long offeringId) {
        return em.createQuery("select c from CourseClass c where c.offering.id = :o order by c.id", CourseClass.class)
                .setParameter("o", offeringId).getResultList();
    }

    /** The names of the offering's classes among {@code classIds}, by id in the offering's order (a board's tabs). */
    public Map<Long, String> namesOf(long offeringId, Collection<Long> classIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        ofOffering(offeringId).stream().filter(c -> classIds.contains(c.getId()))
                .forEach(c -> names.put(c.getId(), c.getName()));
        return names;
    }

    public List<ClassStaff> staff(long classId) {
        return em.createQuery("select s from ClassStaff s where s.classId = :c order by s.role desc, s.addedAt",
                ClassStaff.class).setParameter("c", classId).getResultList();
    }

    public Optional<ClassStaff> staffMember(long classId, long accountId) {
        return Optional.ofNullable(em.find(ClassStaff.class, new ClassStaff.Key(classId, accountId)));
    }

    /** The account's role in each class of the offering it works in. */
    public List<ClassStaff> staffingOf(long offeringId, long accountId) {
        return em.createQuery("select s from ClassStaff s where s.accountId = :a and s.classId in (select c.id from"
                + " CourseClass c where c.offering.id = :o)", ClassStaff.class).setParameter("a", accountId)
                .setParameter("o", offeringId).getResultList();
    }

    public long teacherCount(long classId) {
        return em.createQuery("select count(s) from ClassStaff s where s.classId = :c and s.role = :r", Long.class)
                .setParameter("c", classId).setParameter("r", StaffRole.TEACHER).getSingleResult();
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public Optional<Enrolment> activeEnrolment(long offeringId, long learnerId) {
        return em.createQuery("select e from Enrolment e where e.offeringId = :o and e.learnerId = :l and e.status ="
                + " org.ziyuanku.domain.teaching.Enrolment.Status.ACTIVE", Enrolment.class).setParameter("o",
                offeringId).setParameter("l", learnerId).getResultStream().findFirst();
    }

    public List<Enrolment> activeIn(long classId) {
        return em.createQuery("select e from Enrolment e where e.classId = :c and e.status ="
                + " org.ziyuanku.domain.teaching.Enrolment.Status.ACTIVE order by e.enrolledAt", Enrolment.class)
                .setParameter("c", classId).getResultList();
    }

    /** The learner's active enrolments, newest first. */
    public List<Enrolment> activeOf(long learnerId) {
        return em.createQuery("select e from Enrolment e where e.learnerId = :l and e.status ="
                + " org.ziyuanku.domain.teaching.Enrolment.Status.ACTIVE order by e.enrolledAt desc", Enrolment.class)
                .setParameter("l", learnerId).getResultList();
    }

    public Optional<ClassRosterEntry> rosterEntry(long classId, String studentNo) {
        return em.createQuery("select r from ClassRosterEntry r where r.classId = :c and r.studentNo = :n",
                ClassRosterEntry.class).setParameter("c", classId).setParameter("n", studentNo).getResultStream()
                .findFirst();
    }

    /** The PENDING roster rows with that number in classes of offerings of the school. */
    public List<ClassRosterEntry> pendingRows(long organisationId, String studentNo) {
        return em.createQuery("select r from ClassRosterEntry r where r.studentNo = :n and r.state ="
                + " org.ziyuanku.domain.teaching.ClassRosterEntry.State.PENDING and r.classId in (select c.id from"
                + " CourseClass c where c.offering.organisationId = :o)", ClassRosterEntry.class)
                .setParameter("n", studentNo).setParameter("o", organisationId).getResultList();
    }

    public List<ClassRosterEntry> roster(long classId) {
        return em.createQuery("select r from ClassRosterEntry r where r.classId = :c order by r.studentNo",
                ClassRosterEntry.class).setParameter("c", classId).getResultList();
    }

    public void flush() {
        em.flush();
    }
}
