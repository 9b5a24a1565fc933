package org.ziyuanku.web.portal.resource;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.resource.ResourceActivity;
import org.ziyuanku.service.resource.ResourceCatalogueService;
import org.ziyuanku.service.resource.ResourceWorkspaceService;
import org.ziyuanku.service.resource.TeachingResourceView;
import org.ziyuanku.web.faces.PageIds;

/**
 * One resource (portal/resource/view.xhtml?id=…) with its preview or player. Anybody sees a published resource; a
 * signed-in person also sees the drafts they may see. Anything else is 404, whether it exists or not. Opening the page
 * counts a view.
 */
@Named
@RequestScoped
public class ResourceViewBean {

    @EJB
    private ResourceCatalogueService catalogue;

    @EJB
    private ResourceWorkspaceService workspace;

    @Inject
    private Caller caller;

    private String id;
    private TeachingResourceView resource;

    public void load() {
        long resourceId = PageIds.of(id);
        resource = caller.isAnonymous() ? catalogue.find(resourceId) : workspace.find(resourceId);
        catalogue.record(resourceId, ResourceActivity.VIEWS);
    }

    /** The URL of the content, for players and previews. */
    public String getContentUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/resources/"
                + resource.id() + "/content";
    }

    /** The URL of the converted preview (PDF or MP4). */
    public String getPreviewUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/resources/"
                + resource.id() + "/preview";
    }

    /** The URL that opens a virtual simulation package. */
    public String getPackageUrl() {
        return getContentUrl().replace("/content", "/package/index.html");
    }

    /** The size in a readable unit. */
    public String getSize() {
        long bytes = resource.sizeBytes();
        return bytes < 1024 ? bytes + " B" : bytes < 1024 * 1024 ? bytes / 1024 + " KB"
                : String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }

    public TeachingResourceView getResource() {
        return resource;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
