package org.ziyuanku.web.console.resource;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.identity.AccessDeniedException;
import org.ziyuanku.service.resource.ResourceEditService;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.resource.ResourceRecycleBinService;
import org.ziyuanku.service.resource.ResourceRefusedException;
import org.ziyuanku.service.resource.ResourceWorkspaceService;
import org.ziyuanku.service.resource.TeachingResourceView;

/**
 * A contributor's resources (console/resource/mine.xhtml): their uploads with status, and the recycle bin. Selected
 * resources can be deleted (to the recycle bin, restorable for 30 days), restored, moved to another course and module,
 * or downloaded as one zip. The buttons travel as plain request parameters applied by a postback view action.
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

    private List<TeachingResourceView> mine;
    private List<TeachingResourceView> recycleBin;

    public void load() {
        mine = workspace.mine(MAX);
        recycleBin = bin.contents();
    }

    /** Applies the pressed button ({@code act} = delete, restore or move) to the ticked resources. */
    public void apply() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String act = external.getRequestParameterMap().get("act");
        String[] ticked = external.getRequestParameterValuesMap().getOrDefault("id", new String[0]);
        List<Long> ids = Arrays.stream(ticked).map(ResourceMineBean::id).filter(id -> id > 0).toList();
        if (act == null) {
            return;
        }
        if (ids.isEmpty()) {
            Messages.addGlobalWarn("resource.mine.noneSelected");
            return;
        }
        Map<String, String> params = external.getRequestParameterMap();
        try {
            switch (act) {
                case "delete" -> bin.moveToRecycleBin(ids);
                case "restore" -> bin.restore(ids);
                case "move" -> edits.move(ids, params.get("course"), params.get("module"));
                default -> {
                    return;
                }
            }
            Messages.addGlobalInfo("resource.mine.done." + act, ids.size());
        } catch (AccessDeniedException | ResourceNotFoundException e) {
            Messages.addGlobalError("resource.mine.forbidden");
        } catch (ResourceRefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        }
        load();
    }

    private static long id(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public List<TeachingResourceView> getMine() {
        return mine;
    }

    public List<TeachingResourceView> getRecycleBin() {
        return recycleBin;
    }
}
