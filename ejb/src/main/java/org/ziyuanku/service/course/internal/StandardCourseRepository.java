package org.ziyuanku.service.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.course.CourseStatus;
import org.ziyuanku.domain.course.StandardCourse;
import org.ziyuanku.service.system.EntityRepository;

/** Standard courses and their pending revisions. */
@ApplicationScoped
public class StandardCourseRepository extends EntityRepository<StandardCourse> {

    public StandardCourseRepository() {
        super(StandardCourse.class);
    }

    /** The pending new version of the published course, if there is one. */
    public Optional<StandardCourse> revisionOf(StandardCourse course) {
        return em.createQuery("select c from StandardCourse c where c.revisionOf = :course", StandardCourse.class)
                .setParameter("course", course).getResultStream().findFirst();
    }

    /** Whether a course (not a revision) of the library has that code. */
    public boolean codeTaken(long libraryId, String code) {
        return !em.createQuery("select c.id from StandardCourse c where c.libraryId = :library and c.code = :code"
                + " and c.revisionOf is null", Long.class).setParameter("library", libraryId)
                .setParameter("code", code).setMaxResults(1).getResultList().isEmpty();
    }

    /** The courses (not revisions) with these ids or led by the account, newest first. */
    public List<StandardCourse> ledOrIn(long accountId, List<Long> courseIds, int max) {
        return em.createQuery("select c from StandardCourse c where c.revisionOf is null and (c.leadId = :account"
                + " or c.id in :ids) order by c.updatedAt desc", StandardCourse.class)
                .setParameter("account", accountId).setParameter("ids", courseIds.isEmpty() ? List.of(-1L) : courseIds)
                .setMaxResults(max).getResultList();
    }

    /** Published courses (not revisions), by name, optionally of one library. */
    public List<StandardCourse> published(Long libraryId, int first, int max) {
        return em.createQuery("select c from StandardCourse c where c.status = :status and c.revisionOf is null"
                + " and (:library is null or c.libraryId = :library) order by c.publishedAt desc, c.id desc",
                StandardCourse.class).setParameter("status", CourseStatus.PUBLISHED)
                .setParameter("library", libraryId).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** The ids of the courses (published ones and revisions) with an item referencing the resource directly. */
    public List<Long> referencing(long resourceId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select distinct n.course_id from course_node n where n.resource_id = ?1"
                + " union select distinct n.course_id from course_node n join course_assembly_part p"
                + " on p.assembly_id = n.assembly_id where p.resource_id = ?1").setParameter(1, resourceId)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** The display name of the account. */
    public String displayName(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object> names = em.createNativeQuery("select display_name from user_account where id = ?1")
                .setParameter(1, accountId).getResultList();
        return names.isEmpty() || names.get(0) == null ? "" : names.get(0).toString();
    }
}
