package org.ziyuanku.web.console.review;

import java.io.Serializable;
import org.ziyuanku.domain.resource.ResourceKind;

/** The review queue's filter, as the page's parameters set it: all optional. */
public class ReviewQueueFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long library;
    private Integer level;
    private ResourceKind kind;
    private String course;
    private Integer waitingHours;

    String kindName() {
        return kind == null ? null : kind.name();
    }

    public Long getLibrary() {
        return library;
    }

    public void setLibrary(Long library) {
        this.library = library == null || library <= 0 ? null : library;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public void setKind(ResourceKind kind) {
        this.kind = kind;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course == null || course.isBlank() ? null : course.strip();
    }

    public Integer getWaitingHours() {
        return waitingHours;
    }

    public void setWaitingHours(Integer waitingHours) {
        this.waitingHours = waitingHours;
    }
}
