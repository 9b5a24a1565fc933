package org.ziyuanku.web.console.review;

import java.io.Serializable;
import java.util.List;
import org.ziyuanku.domain.resource.ResourceKind;

/**
 * The review queue's filter and page, as the page's parameters set them: all optional. The page counts from zero (a
 * negative one is the first); the page size is one of {@link #SIZES}: the smallest that holds the size asked for,
 * 100 for anything larger, 20 when none is asked for.
 */
public class ReviewQueueFilter implements Serializable {

    static final List<Integer> SIZES = List.of(20, 50, 100);
    private static final long serialVersionUID = 1L;

    private Long library;
    private Integer level;
    private ResourceKind kind;
    private String course;
    private Integer waitingHours;
    private Integer page;
    private Integer size;

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

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page == null || page < 0 ? null : page;
    }

    /** The page size asked for, null for the default. */
    public Integer getSize() {
        return size;
    }

    public void setSize(Integer size) {
        this.size = size == null || size <= 0 ? null
                : SIZES.stream().filter(s -> s >= size).findFirst().orElse(SIZES.get(SIZES.size() - 1));
    }

    int pageNumber() {
        return page == null ? 0 : page;
    }

    int pageSize() {
        return size == null ? SIZES.get(0) : size;
    }
}
