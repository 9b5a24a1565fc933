package org.ziyuanku.domain.course;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One part of a 积件: a published resource of any library by id, with an optional title of its own. */
@Embeddable
public class CourseAssemblyPart {

    public static final int MAX_TITLE = 200;

    @Column(name = "resource_id")
    private Long resourceId;

    @Column(name = "title_override", length = MAX_TITLE)
    private String titleOverride;

    protected CourseAssemblyPart() {
    }

    public CourseAssemblyPart(long resourceId, String titleOverride) {
        if (titleOverride != null && titleOverride.strip().length() > MAX_TITLE) {
            throw new IllegalArgumentException("title is longer than " + MAX_TITLE);
        }
        this.resourceId = resourceId;
        this.titleOverride = titleOverride == null || titleOverride.isBlank() ? null : titleOverride.strip();
    }

    /** The resource, or null when it was deleted for good. */
    public Long getResourceId() {
        return resourceId;
    }

    public String getTitleOverride() {
        return titleOverride;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CourseAssemblyPart p && Objects.equals(resourceId, p.resourceId)
                && Objects.equals(titleOverride, p.titleOverride);
    }

    @Override
    public int hashCode() {
        return Objects.hash(resourceId, titleOverride);
    }
}
