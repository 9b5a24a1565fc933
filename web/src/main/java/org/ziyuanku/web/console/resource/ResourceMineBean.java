package org.ziyuanku.web.console.resource;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.resource.ResourceEditService;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.resource.ResourceRecycleBinService;
import org.ziyuanku.service.resource.ResourceWorkspaceService;
import org.ziyuanku.service.resource.TeachingResourceView;
import org.ziyuanku.service.review.ReviewSubjectNames;
import org.ziyuanku.service.review.ReviewSubmissionService;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.RequestParameters;

/**
 * A contributor's resources (console/resource/mine.xhtml): their uploads with status, and the recycle bin. Selected
 * resources can be sent for review (先审后发), deleted (to the recycle bin, restorable for 30 days), restored, moved to
 * another course and module, or downloaded as one zip. The buttons travel as plain request parameters, applied only
 * on a real postback of the page's form.
 */
@Named
@RequestScoped
public class ResourceMineBean {

    private static final int MAX = 500;

    @EJB
    private ResourceWorkspaceService workspace;

    @EJB
    private ResourceRecycleBinService bin;

    @EJB
    private ResourceEditService edits;

    @EJB
    private ReviewSubmissionService submissions;

    private List<TeachingResourceView> mine;
    private List<TeachingResourceView> recycleBin;

    public void load() {
        mine = workspace.mine(MAX);
        recycleBin = bin.contents();
    }

    /** Applies the pressed button ({@code act} = delete, restore, move, submit or download) to the ticked resources. */
    public void apply() {
        String act = RequestParameters.posted("act");
        List<Long> ids = RequestParameters.ids("id");
        if (act == null) {
            return;
        }
        if (ids.isEmpty()) {
            Messages.addGlobalWarn("resource.mine.noneSelected");
            return;
        }
        if ("download".equals(act)) {
            downloadArchive(ids);
            return;
        }
        try {
            switch (act) {
                case "delete" -> bin.moveToRecycleBin(ids);
                case "restore" -> bin.restore(ids);
                case "move" -> edits.move(ids, RequestParameters.get("course"), RequestParameters.get("module"));
                case "submit" -> submissions.submitAll(ReviewSubjectNames.RESOURCE, ids);
                default -> {
                    return;
                }
            }
            Messages.addGlobalInfo("resource.mine.done." + act, ids.size());
        } catch (AccessDeniedException | ResourceNotFoundException e) {
            Messages.addGlobalError("resource.mine.forbidden");
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        }
        load();
    }

    /**
     * Sends the browser on to the zip of the ticked resources: a GET that carries only their ids, so the form's view
     * state (its token against cross-site requests) never lands in a URL, the browser's history or an access log.
     */
    private static void downloadArchive(List<Long> ids) {
        String query = ids.stream().map(id -> "id=" + id).collect(Collectors.joining("&"));
        Faces.redirect("api/v1/resources/archive?" + query);
    }

    public List<TeachingResourceView> getMine() {
        return mine;
    }

    public List<TeachingResourceView> getRecycleBin() {
        return recycleBin;
    }
}
