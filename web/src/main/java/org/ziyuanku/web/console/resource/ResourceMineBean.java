package org.ziyuanku.web.console.resource;

import jakarta.ejb.EJB;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jakarta.faces.view.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.resource.ResourceEditService;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.resource.ResourceRecycleBinService;
import org.ziyuanku.service.resource.ResourceWorkspaceService;
import org.ziyuanku.service.resource.TeachingResourceView;
import org.ziyuanku.service.review.ReviewSubjectNames;
import org.ziyuanku.service.review.ReviewSubmissionService;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.system.RefusedException;

/**
 * A contributor's resources (console/resource/mine.xhtml): their uploads with status, and the recycle bin. Resources
 * selected in a table can be sent for review (先审后发), deleted (to the recycle bin, restorable for 30 days), restored,
 * moved to another course and module, or downloaded as one zip, by the buttons of the page's own form.
 */
@Named
@ViewScoped
public class ResourceMineBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX = 500;

    @EJB
    private ResourceWorkspaceService workspace;

    @EJB
    private ResourceRecycleBinService bin;

    @EJB
    private ResourceEditService edits;

    @EJB
    private ReviewSubmissionService submissions;

    private transient List<TeachingResourceView> mine;
    private transient List<TeachingResourceView> recycleBin;
    private transient List<TeachingResourceView> selected = new ArrayList<>();
    private transient List<TeachingResourceView> selectedInBin = new ArrayList<>();
    private String course;
    private String module;

    public void load() {
        mine = workspace.mine(MAX);
        recycleBin = bin.contents();
    }

    public void submit() {
        apply("submit", ids(selected));
    }

    public void delete() {
        apply("delete", ids(selected));
    }

    public void move() {
        apply("move", ids(selected));
    }

    public void restore() {
        apply("restore", ids(selectedInBin));
    }

    /**
     * Sends the browser on to the zip of the selected resources: a GET that carries only their ids, so the form's view
     * state (its token against cross-site requests) never lands in a URL, the browser's history or an access log.
     */
    public void download() {
        List<Long> ids = ids(selected);
        if (ids.isEmpty()) {
            Messages.addGlobalWarn("resource.mine.noneSelected");
            return;
        }
        Faces.redirect("api/v1/resources/archive?" + ids.stream().map(id -> "id=" + id)
                .collect(Collectors.joining("&")));
    }

    private void apply(String act, List<Long> ids) {
        if (ids.isEmpty()) {
            Messages.addGlobalWarn("resource.mine.noneSelected");
            return;
        }
        try {
            switch (act) {
                case "delete" -> bin.moveToRecycleBin(ids);
                case "restore" -> bin.restore(ids);
                case "move" -> edits.move(ids, course, module);
                default -> submissions.submitAll(ReviewSubjectNames.RESOURCE, ids);
            }
            Messages.addGlobalInfo("resource.mine.done." + act, ids.size());
        } catch (AccessDeniedException | ResourceNotFoundException e) {
            Messages.addGlobalError("resource.mine.forbidden");
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        }
        selected = new ArrayList<>();
        selectedInBin = new ArrayList<>();
        load();
    }

    private static List<Long> ids(List<TeachingResourceView> rows) {
        return rows == null ? List.of() : rows.stream().map(TeachingResourceView::id).toList();
    }

    public List<TeachingResourceView> getMine() {
        if (mine == null) {
            load();
        }
        return mine;
    }

    public List<TeachingResourceView> getRecycleBin() {
        if (recycleBin == null) {
            load();
        }
        return recycleBin;
    }

    public List<TeachingResourceView> getSelected() {
        return selected;
    }

    public void setSelected(List<TeachingResourceView> selected) {
        this.selected = selected;
    }

    public List<TeachingResourceView> getSelectedInBin() {
        return selectedInBin;
    }

    public void setSelectedInBin(List<TeachingResourceView> selectedInBin) {
        this.selectedInBin = selectedInBin;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }
}
