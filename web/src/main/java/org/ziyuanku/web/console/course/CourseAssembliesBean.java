package org.ziyuanku.web.console.course;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.course.CourseAssemblyService;
import org.ziyuanku.service.course.CourseAssemblyView;
import org.ziyuanku.service.course.CourseCommands;
import org.ziyuanku.service.resource.LibraryChoiceView;
import org.ziyuanku.service.resource.ResourceUploadService;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.PageIds;

/**
 * 积件 (console/course/assemblies.xhtml): the caller's assemblies with their parts as they are now, creating one from
 * published resources of any library (their numbers, in order: {@link PageIds#listOf}; a number that is none is the
 * form's message, nothing saved), changing and removing one. Holds form values only.
 */
@Named
@ViewScoped
public class CourseAssembliesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private CourseAssemblyService assemblies;

    @EJB
    private ResourceUploadService uploads;

    private Long editing;
    private Long libraryId;
    private String name;
    private String description;
    private String resourceIds;
    private transient List<CourseAssemblyView> list;

    public List<CourseAssemblyView> getAssemblies() {
        if (list == null) {
            list = assemblies.list();
        }
        return list;
    }

    public List<LibraryChoiceView> getLibraries() {
        return uploads.libraries();
    }

    /** Creates the 积件, or saves the one being edited. */
    public void save() {
        List<Long> ids = PageIds.listOf(resourceIds).orElse(null);
        if (ids == null) {
            Messages.addGlobalError("course.assemblies.malformedIds");
            return;
        }
        CourseCommands.Assembly command = new CourseCommands.Assembly(libraryId == null ? -1 : libraryId, name,
                description, ids);
        if (RefusalMessages.changeOrForbidden(() -> store(command), "course.edit.saved")) {
            editing = null;
            name = null;
            description = null;
            resourceIds = null;
            list = null;
        }
    }

    private void store(CourseCommands.Assembly command) {
        if (editing == null) {
            assemblies.create(command);
        } else {
            assemblies.update(editing, command);
        }
    }

    /** Puts the 积件 into the form to change it. */
    public void edit(CourseAssemblyView a) {
        editing = a.id();
        libraryId = a.libraryId();
        name = a.name();
        description = a.description();
        resourceIds = String.join(",", a.parts().stream().map(p -> String.valueOf(p.resourceId())).toList());
    }

    public void remove(long id) {
        if (RefusalMessages.changeOrForbidden(() -> assemblies.remove(id), "course.edit.removed")) {
            list = null;
        }
    }

    public Long getEditing() {
        return editing;
    }

    public Long getLibraryId() {
        return libraryId;
    }

    public void setLibraryId(Long libraryId) {
        this.libraryId = libraryId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getResourceIds() {
        return resourceIds;
    }

    public void setResourceIds(String resourceIds) {
        this.resourceIds = resourceIds;
    }
}
