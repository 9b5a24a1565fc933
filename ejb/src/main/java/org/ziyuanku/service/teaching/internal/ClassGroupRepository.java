package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.teaching.ClassGroup;
import org.ziyuanku.service.system.EntityRepository;
import org.ziyuanku.service.teaching.GroupMemberView;

/** The groups of classes, their members (rows of class_group_member) and the classes' self-signup switch. */
@ApplicationScoped
public class ClassGroupRepository extends EntityRepository<ClassGroup> {

    public ClassGroupRepository() {
        super(ClassGroup.class);
    }

    /** The group locked for a change of its members, so that concurrent joins are counted one after the other. */
    public Optional<ClassGroup> lock(long id) {
        return Optional.ofNullable(em.find(ClassGroup.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The class's groups by name. */
    public List<ClassGroup> groups(long classId) {
        return em.createQuery("select g from ClassGroup g where g.classId = :c order by g.name, g.id", ClassGroup.class)
                .setParameter("c", classId).getResultList();
    }

    /** Every member of the class's groups, with their names, by group and name. */
    public List<GroupMemberView> members(long classId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select m.group_id, m.learner_id, u.username, u.display_name"
                + " from class_group_member m join user_account u on u.id = m.learner_id where m.class_id = ?1"
                + " order by m.group_id, u.display_name, u.id", Tuple.class).setParameter(1, classId).getResultList();
        return rows.stream().map(r -> new GroupMemberView(((Number) r.get("group_id")).longValue(),
                ((Number) r.get("learner_id")).longValue(), (String) r.get("username"),
                (String) r.get("display_name"))).toList();
    }

    /** The learner ids of the group's members. */
    public List<Long> memberIds(long groupId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select learner_id from class_group_member where group_id = ?1"
                + " order by learner_id").setParameter(1, groupId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** The learner's group in the class, if any. */
    public Optional<Long> groupOf(long classId, long learnerId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select group_id from class_group_member where class_id = ?1"
                + " and learner_id = ?2").setParameter(1, classId).setParameter(2, learnerId).getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    /** Adds the learner to the group (a unique constraint keeps them in one group of the class). */
    public void addMember(ClassGroup group, long learnerId) {
        em.createNativeQuery("insert into class_group_member (group_id, class_id, learner_id, joined_at)"
                + " values (?1, ?2, ?3, localtimestamp)").setParameter(1, group.getId())
                .setParameter(2, group.getClassId()).setParameter(3, learnerId).executeUpdate();
    }

    /** Removes the learner from the group; whether they were in it. */
    public boolean removeMember(long groupId, long learnerId) {
        return em.createNativeQuery("delete from class_group_member where group_id = ?1 and learner_id = ?2")
                .setParameter(1, groupId).setParameter(2, learnerId).executeUpdate() > 0;
    }

    /** Whether the class's teachers have opened self-signup. */
    public boolean signupOpen(long classId) {
        List<?> rows = em.createNativeQuery("select group_signup from course_class where id = ?1")
                .setParameter(1, classId).getResultList();
        return rows.stream().findFirst().map(Boolean.TRUE::equals).orElse(false);
    }

    /** Opens or closes self-signup for the class. */
    public void signup(long classId, boolean open) {
        em.createNativeQuery("update course_class set group_signup = ?1 where id = ?2").setParameter(1, open)
                .setParameter(2, classId).executeUpdate();
    }
}
