package org.ziyuanku.service.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.course.CourseNode;
import org.ziyuanku.domain.course.StandardCourse;
import org.ziyuanku.domain.review.ReviewedItem;
import org.ziyuanku.service.course.CourseAccess;
import org.ziyuanku.service.course.CourseNodeView;
import org.ziyuanku.service.course.CoursePublished;
import org.ziyuanku.service.course.CourseRefusedException;
import org.ziyuanku.service.review.ReviewPreview;
import org.ziyuanku.service.review.ReviewStage;
import org.ziyuanku.service.review.ReviewSubjectNames;
import org.ziyuanku.service.review.ReviewSubjectType;
import org.ziyuanku.service.review.ReviewableVersion;
import org.ziyuanku.service.review.SubjectContent;

/**
 * Standard courses as subjects of tiered review (type {@code COURSE}), with the levels of their library as for
 * resources. The item is the course learners see; a new version of a published one is its own row until the last
 * level approves it, when the published course takes it over, merged by node key ({@link CourseOutlineMerge}). Its
 * lead and the library's administrators send it; the library's administrators take it down. Every publication fires
 * {@link CoursePublished}.
 */
@ApplicationScoped
public class CourseReviewSubjects implements ReviewSubjectType {

    public static final String TYPE = ReviewSubjectNames.COURSE;

    @Inject
    private CourseAccess access;

    @Inject
    private StandardCourseRepository courses;

    @Inject
    private CourseViews views;

    @Inject
    private CourseOutlineMerge merge;

    @Inject
    private CourseReviewVersions versions;

    @Inject
    private Event<CoursePublished> published;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public ReviewableVersion toSubmit(long itemId) {
        StandardCourse course = access.led(itemId, "REVIEW_SUBMIT");
        StandardCourse version = course;
        if (course.isPublic()) {
            version = courses.revisionOf(course)
                    .orElseThrow(() -> new CourseRefusedException("course.refused.nothingToSubmit", course.getName()));
        }
        List<CourseNodeView> outline = views.outline(version);
        if (outline.stream().noneMatch(n -> n.depth() == CourseNode.ITEM)) {
            throw new CourseRefusedException("course.refused.noItems", version.getName());
        }
        outline.stream().filter(n -> n.depth() == CourseNode.ITEM && !n.available()).findFirst().ifPresent(n -> {
            throw new CourseRefusedException("course.refused.itemUnavailable", n.title());
        });
        return versions.of(version, outline);
    }

    @Override
    public long subjectIdOf(long itemId) {
        return CourseAccess.root(access.visible(itemId)).getId();
    }

    @Override
    public ReviewableVersion current(ReviewedItem submitted) {
        StandardCourse version = version(submitted);
        return versions.of(version, views.outline(version));
    }

    @Override
    public ReviewableVersion toTakeDown(long itemId) {
        StandardCourse course = CourseAccess.root(access.visible(itemId));
        if (!access.administers(course)) {
            access.deny("REVIEW_TAKE_DOWN", course);
        }
        if (!course.isPublic()) {
            throw new CourseRefusedException("course.refused.notPublished", course.getName());
        }
        return versions.of(course, views.outline(course));
    }

    @Override
    public Optional<ReviewableVersion> published(long itemId) {
        return courses.find(itemId).filter(StandardCourse::isPublic).map(c -> versions.of(c, views.outline(c)));
    }

    @Override
    public void enter(ReviewedItem item, ReviewStage stage) {
        StandardCourse version = version(item);
        switch (stage) {
            case IN_REVIEW -> version.submitForReview();
            case RETURNED -> version.leaveReview(true);
            case WITHDRAWN -> version.leaveReview(false);
            case TAKEN_DOWN -> version.takeDown();
            case PUBLISHED -> publish(version);
        }
    }

    @Override
    public ReviewPreview preview(ReviewedItem item) {
        return ReviewPreview.htmlPage();
    }

    @Override
    public SubjectContent content(ReviewedItem item, boolean converted) {
        StandardCourse version = version(item);
        return versions.content(item.subjectId(), version, views.outline(version));
    }

    private void publish(StandardCourse version) {
        StandardCourse root = CourseAccess.root(version);
        if (version.getRevisionOf() == null) {
            version.publish();
        } else {
            merge.publish(version);
        }
        published.fire(new CoursePublished(root.getId(), root.getCourseVersion()));
    }

    private StandardCourse version(ReviewedItem item) {
        long id = item.versionId();
        return courses.find(id).orElseThrow(() -> CourseRefusedException.notFound(id));
    }
}
