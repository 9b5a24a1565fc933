package org.ziyuanku.web.console.resource;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Messages;
import org.ziyuanku.domain.resource.ResourceSource;
import org.ziyuanku.service.resource.ResourceEditService;
import org.ziyuanku.service.resource.TeachingResourceView;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.PageIds;

/**
 * Describing a resource anew (console/resource/describe.xhtml?id=…): its author fixes what a reviewer returned, or
 * starts a new version of a published resource, which learners see only once it passed review.
 */
@Named
@RequestScoped
public class ResourceDescribeBean {

    @EJB
    private ResourceEditService edits;

    private String id;
    private TeachingResourceView resource;
    private final ResourceDescriptionForm form = new ResourceDescriptionForm();

    /**
     * Reads the resource; the first request fills the form with what it says now. A malformed id, or a resource the
     * caller may not see, is the 404 page; one they see but may not change the 403 page.
     */
    public void load() {
        resource = edits.describable(PageIds.of(id));
        if (!FacesContext.getCurrentInstance().isPostback()) {
            form.fill(resource);
        }
    }

    /** Saves the form; a published resource's attributes go into its new version, shown from now on. */
    public void save() {
        if (resource == null) {
            return;
        }
        try {
            resource = edits.describe(resource.id(), form.toCommand(resource));
            Messages.addGlobalInfo(resource.revisionOfId() == null ? "resource.describe.saved"
                    : "resource.describe.savedAsVersion", resource.resourceVersion());
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        }
    }

    public List<ResourceSource> getSources() {
        return List.of(ResourceSource.values());
    }

    public ResourceDescriptionForm getForm() {
        return form;
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
