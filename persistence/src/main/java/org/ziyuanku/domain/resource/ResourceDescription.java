package org.ziyuanku.domain.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;

/**
 * What people say about a resource (资源属性): title, description, the course and module it serves, knowledge points,
 * keywords, source, author, licence and language. Course name and major are always among the searchable fields
 * (seed 002 §四.一.3).
 */
@Embeddable
public class ResourceDescription implements Serializable {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_CODE = 32;
    public static final int MAX_NAME = 128;
    public static final int MAX_LIST = 1000;
    public static final int MAX_AUTHOR = 64;
    public static final int MAX_LICENCE = 200;

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "course_code", length = MAX_CODE)
    private String courseCode;

    @Column(name = "course_name", length = MAX_NAME)
    private String courseName;

    @Column(name = "module_name", length = MAX_NAME)
    private String moduleName;

    @Column(name = "knowledge_points", length = MAX_LIST)
    private String knowledgePoints;

    @Column(length = MAX_LIST)
    private String keywords;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ResourceSource source;

    @Column(name = "author_name", length = MAX_AUTHOR)
    private String authorName;

    @Column(length = MAX_LICENCE)
    private String licence;

    @Column(nullable = false, length = 16)
    private String language;

    protected ResourceDescription() {
    }

    public ResourceDescription(String title, ResourceSource source, String language) {
        this.title = Objects.requireNonNull(ResourceText.bounded(title, MAX_TITLE, "title"), "title");
        this.source = Objects.requireNonNull(source, "source");
        String lang = ResourceText.bounded(language, 16, "language");
        this.language = lang == null ? "zh-CN" : lang;
    }

    /** An equal description that can be changed without changing this one. */
    public ResourceDescription copy() {
        return new ResourceDescription(title, source, language).placedIn(courseCode, courseName, moduleName,
                knowledgePoints).describedAs(description, keywords, authorName, licence);
    }

    /** Sets the course, module and knowledge points the resource serves. */
    public ResourceDescription placedIn(String code, String course, String module, String points) {
        this.courseCode = ResourceText.bounded(code, MAX_CODE, "course code");
        this.courseName = ResourceText.bounded(course, MAX_NAME, "course name");
        this.moduleName = ResourceText.bounded(module, MAX_NAME, "module name");
        this.knowledgePoints = ResourceText.bounded(points, MAX_LIST, "knowledge points");
        return this;
    }

    /** Sets the free-text attributes. */
    public ResourceDescription describedAs(String text, String words, String author, String licenceHolder) {
        this.description = ResourceText.bounded(text, MAX_DESCRIPTION, "description");
        this.keywords = ResourceText.bounded(words, MAX_LIST, "keywords");
        this.authorName = ResourceText.bounded(author, MAX_AUTHOR, "author");
        this.licence = ResourceText.bounded(licenceHolder, MAX_LICENCE, "licence");
        return this;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getCourseCode() {
        return courseCode;
    }

    public String getCourseName() {
        return courseName;
    }

    public String getModuleName() {
        return moduleName;
    }

    public String getKnowledgePoints() {
        return knowledgePoints;
    }

    public String getKeywords() {
        return keywords;
    }

    public ResourceSource getSource() {
        return source;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getLicence() {
        return licence;
    }

    public String getLanguage() {
        return language;
    }
}
