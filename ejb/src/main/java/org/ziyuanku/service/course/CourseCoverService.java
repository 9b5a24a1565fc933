package org.ziyuanku.service.course;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.InputStream;
import org.ziyuanku.domain.course.StandardCourse;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.course.internal.CourseViews;
import org.ziyuanku.service.resource.CoverImageService;

/**
 * A course's cover picture (封面), shown on its portal page and in course lists: set by those who may change the course
 * (a draft, or a new version of a published course), kept by the resource context as a redrawn PNG, and readable by
 * whoever may see the course (anyone once it is published).
 */
@Stateless
@PermitAll
public class CourseCoverService {

    static final String ACTION = "COURSE_COVER_CHANGE";

    @Inject
    private CourseAccess access;

    @Inject
    private CourseViews views;

    @Inject
    private CoverImageService covers;

    @Inject
    private AuditedCall audited;

    /**
     * Replaces the course's cover with the uploaded picture. Audited as {@value #ACTION}.
     *
     * @throws CourseRefusedException when the caller may not change the course (403/404) or it is under review
     * @throws org.ziyuanku.service.resource.ResourceRefusedException when the upload is no usable picture
     */
    @Audited(action = ACTION)
    public CourseView change(@AuditTarget("course:") long id, InputStream picture, String filename) {
        StandardCourse course = access.changeable(id, ACTION);
        audited.on("library:" + course.getLibraryId(), "course:" + id);
        course.setCover(covers.keep(picture, filename));
        audited.detail(course.getCoverSha256());
        return views.of(course, true, access.canLead(course));
    }

    /** The cover of a course the caller may see. @throws CourseRefusedException not found, also without a cover */
    public CourseCover cover(long id) {
        StandardCourse course = access.visible(id);
        if (course.getCoverSha256() == null) {
            throw CourseRefusedException.notFound(id);
        }
        return new CourseCover(course.getCoverSha256(), covers.locate(course.getCoverSha256()));
    }
}
