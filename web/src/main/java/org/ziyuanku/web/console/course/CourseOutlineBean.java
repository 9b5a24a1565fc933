package org.ziyuanku.web.console.course;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;
import org.ziyuanku.service.course.CourseAssemblyService;
import org.ziyuanku.service.course.CourseAssemblyView;
import org.ziyuanku.service.course.CourseCommands;
import org.ziyuanku.service.course.CourseCoverService;
import org.ziyuanku.service.course.CourseNodeView;
import org.ziyuanku.service.course.CourseOutlineService;
import org.ziyuanku.service.course.CourseOutlineView;
import org.ziyuanku.service.course.CourseRefusedException;
import org.ziyuanku.service.course.CourseTeamMemberView;
import org.ziyuanku.service.course.CourseView;
import org.ziyuanku.service.course.StandardCourseService;
import org.ziyuanku.service.resource.ResourceCatalogueService;
import org.ziyuanku.service.resource.ResourceSearchQuery;
import org.ziyuanku.service.resource.ResourceSort;
import org.ziyuanku.service.resource.TeachingResourceView;
import org.ziyuanku.service.review.ReviewSubjectNames;
import org.ziyuanku.service.review.ReviewSubmissionService;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.SubjectNotFoundException;
import org.ziyuanku.web.portal.course.CourseTree;

/**
 * Editing a course (console/course/outline.xhtml?id=…): its attributes and portal template, the outline (add a module,
 * topic or item; remove a node), a resource picker over published resources of every library, inserting a 积件, a page
 * of rich text, a new version of a published course, and sending it for review. Holds the id and form values only;
 * the outline is read again on each request.
 */
@Named
@ViewScoped
public class CourseOutlineBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PICKER_SIZE = 20;

    @EJB
    private CourseOutlineService outlines;

    @EJB
    private StandardCourseService courses;

    @EJB
    private CourseAssemblyService assemblies;

    @EJB
    private ResourceCatalogueService catalogue;

    @EJB
    private ReviewSubmissionService submissions;

    @EJB
    private CourseCoverService covers;

    private Long id;
    private final CourseForm form = new CourseForm();
    private final NodeForm node = new NodeForm();
    private String query;
    private transient CourseOutlineView outline;
    private transient List<TeachingResourceView> found;
    private transient UploadedFile cover;
    private String memberUsername;
    private transient List<CourseTeamMemberView> team;

    /** Loads the course; one the caller may not see is the 404 page. */
    public void load() {
        try {
            outline = outlines.outline(id == null ? -1 : id);
        } catch (CourseRefusedException e) {
            throw new SubjectNotFoundException("course " + id);
        }
        if (!Faces.isPostback()) {
            form.fill(outline.course());
        }
    }

    public CourseOutlineView getOutline() {
        if (outline == null && id != null) {
            load();
        }
        return outline;
    }

    public CourseTree getTree() {
        return CourseTree.of(getOutline().nodes());
    }

    /** The modules and topics, as parents a new node may go under. */
    public List<CourseNodeView> getParents() {
        return getOutline().nodes().stream().filter(n -> n.depth() < 3).toList();
    }

    public List<CourseAssemblyView> getAssemblies() {
        return assemblies.list();
    }

    public void save() {
        act(() -> courses.describe(id, form.command()), "course.edit.saved");
    }

    /** The course team, lead first. */
    public List<CourseTeamMemberView> getTeam() {
        if (team == null && id != null) {
            team = courses.teamMembers(id);
        }
        return team;
    }

    public void addMember() {
        if (act(() -> courses.addMember(id, memberUsername), "course.edit.teamAdded")) {
            memberUsername = null;
        }
        team = null;
    }

    public void removeMember(long accountId) {
        act(() -> courses.removeMember(id, accountId), "course.edit.teamRemoved");
        team = null;
    }

    public String getMemberUsername() {
        return memberUsername;
    }

    public void setMemberUsername(String memberUsername) {
        this.memberUsername = memberUsername;
    }

    /** Replaces the course's cover with the chosen picture. */
    public void uploadCover() {
        if (cover == null || cover.getSize() == 0) {
            Messages.addGlobalError("course.edit.coverMissing");
            return;
        }
        try (InputStream picture = cover.getInputStream()) {
            act(() -> covers.change(id, picture, cover.getFileName()), "course.edit.coverSaved");
        } catch (IOException e) {
            Messages.addGlobalError("resource.refused.storage");
        }
    }

    public UploadedFile getCover() {
        return cover;
    }

    public void setCover(UploadedFile cover) {
        this.cover = cover;
    }

    public void addNode() {
        if (act(() -> outlines.add(id, node.command()), "course.edit.added")) {
            node.clear();
        }
    }

    public void remove(long nodeId) {
        act(() -> outlines.remove(id, nodeId), "course.edit.removed");
    }

    public void submit() {
        act(() -> submissions.submit(ReviewSubjectNames.COURSE, id), "course.edit.submitted");
    }

    /** Starts a new version of the published course and opens it. */
    public void newVersion() {
        try {
            CourseView revision = courses.newVersion(id);
            Faces.redirect(Faces.getRequestContextPath() + "/console/course/outline.xhtml?id=" + revision.id());
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        }
    }

    /** Searches published resources of every library for the picker. */
    public void search() {
        found = catalogue.search(new ResourceSearchQuery(query, null, null, null, null, null, null,
                query == null || query.isBlank() ? ResourceSort.NEWEST : ResourceSort.RELEVANCE, 0, PICKER_SIZE))
                .items();
    }

    /** Takes the picked resource into the item form. */
    public void pick(long resourceId, String title) {
        node.setItemKind("RESOURCE");
        node.setResourceId(resourceId);
        if (node.getTitle() == null || node.getTitle().isBlank()) {
            node.setTitle(title);
        }
    }

    private boolean act(Runnable change, String doneKey) {
        boolean done = RefusalMessages.changeOrForbidden(change, doneKey);
        if (done) {
            outline = null;
        }
        return done;
    }

    public List<TeachingResourceView> getFound() {
        return found;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CourseForm getForm() {
        return form;
    }

    public NodeForm getNode() {
        return node;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    /** The attributes form. */
    public static class CourseForm implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private String introduction;
        private String objectives;
        private BigDecimal hours;
        private BigDecimal credits;
        private String template;

        void fill(CourseView c) {
            name = c.name();
            introduction = c.introduction();
            objectives = c.objectives();
            hours = c.hours();
            credits = c.credits();
            template = c.portalTemplate();
        }

        CourseCommands.Describe command() {
            return new CourseCommands.Describe(name, null, hours, credits, introduction, objectives, null, template);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getIntroduction() {
            return introduction;
        }

        public void setIntroduction(String introduction) {
            this.introduction = introduction;
        }

        public String getObjectives() {
            return objectives;
        }

        public void setObjectives(String objectives) {
            this.objectives = objectives;
        }

        public BigDecimal getHours() {
            return hours;
        }

        public void setHours(BigDecimal hours) {
            this.hours = hours;
        }

        public BigDecimal getCredits() {
            return credits;
        }

        public void setCredits(BigDecimal credits) {
            this.credits = credits;
        }

        public String getTemplate() {
            return template;
        }

        public void setTemplate(String template) {
            this.template = template;
        }
    }
}
