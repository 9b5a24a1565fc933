package org.ziyuanku.web.console.resource;

import org.ziyuanku.domain.resource.ResourceSource;
import org.ziyuanku.service.resource.DescribeResourceCommand;
import org.ziyuanku.service.resource.TeachingResourceView;

/** The attributes a contributor edits on the describe page, as the form's inputs hold them. */
public class ResourceDescriptionForm {

    private String title;
    private String description;
    private String courseName;
    private String moduleName;
    private String knowledgePoints;
    private String keywords;
    private ResourceSource source;
    private String authorName;
    private String licence;

    /** Fills the form with what the resource says now. */
    void fill(TeachingResourceView r) {
        title = r.title();
        description = r.description();
        courseName = r.courseName();
        moduleName = r.moduleName();
        knowledgePoints = r.knowledgePoints();
        keywords = r.keywords();
        source = r.source();
        authorName = r.authorName();
        licence = r.licence();
    }

    /** The form as a command, keeping the resource's course code and language. */
    DescribeResourceCommand toCommand(TeachingResourceView r) {
        return new DescribeResourceCommand(title, description, r.courseCode(), courseName, moduleName,
                knowledgePoints, keywords, source, authorName, licence, r.language());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCourseName() {
        return courseName;
    }

    public void setCourseName(String courseName) {
        this.courseName = courseName;
    }

    public String getModuleName() {
        return moduleName;
    }

    public void setModuleName(String moduleName) {
        this.moduleName = moduleName;
    }

    public String getKnowledgePoints() {
        return knowledgePoints;
    }

    public void setKnowledgePoints(String knowledgePoints) {
        this.knowledgePoints = knowledgePoints;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public ResourceSource getSource() {
        return source;
    }

    public void setSource(ResourceSource source) {
        this.source = source;
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }
}
