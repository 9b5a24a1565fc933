package org.ziyuanku.web.console.course;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.course.CourseCommands;
import org.ziyuanku.service.course.CourseView;
import org.ziyuanku.service.course.StandardCourseService;
import org.ziyuanku.service.resource.LibraryChoiceView;
import org.ziyuanku.service.resource.ResourceUploadService;
import org.ziyuanku.service.system.RefusedException;

/**
 * The caller's standard courses (console/course/mine.xhtml): those they lead or are on the team of, and a form to
 * create one in a library they may create courses in (the creator leads it). Holds the form's values only.
 */
@Named
@ViewScoped
public class CourseMineBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StandardCourseService courses;

    @EJB
    private ResourceUploadService uploads;

    private Long libraryId;
    private String code;
    private String name;
    private transient List<CourseView> mine;

    public List<CourseView> getCourses() {
        if (mine == null) {
            mine = courses.mine();
        }
        return mine;
    }

    public List<LibraryChoiceView> getLibraries() {
        return uploads.libraries();
    }

    /** Creates the course and opens its outline. */
    public void create() {
        if (libraryId == null) {
            Messages.addGlobalError("course.refused.noLibrary", "");
            return;
        }
        try {
            CourseView created = courses.create(new CourseCommands.Create(libraryId, code, name));
            Faces.redirect(Faces.getRequestContextPath() + "/console/course/outline.xhtml?id=" + created.id());
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        }
    }

    public Long getLibraryId() {
        return libraryId;
    }

    public void setLibraryId(Long libraryId) {
        this.libraryId = libraryId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
