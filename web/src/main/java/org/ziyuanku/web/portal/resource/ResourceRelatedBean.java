package org.ziyuanku.web.portal.resource;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ziyuanku.service.graph.RelatedResourceView;
import org.ziyuanku.service.graph.RelatedResourcesService;

/**
 * The "相关资源" list of a published resource's page (portal/resource/view.xhtml): what shares knowledge or skill points
 * with it, or was made for the same course, each with its reason. Read once per request.
 */
@Named
@RequestScoped
public class ResourceRelatedBean {

    @EJB
    private RelatedResourcesService related;

    private List<RelatedResourceView> shown;

    /** The resources related to the resource. */
    public List<RelatedResourceView> of(long resourceId) {
        if (shown == null) {
            shown = related.related(resourceId);
        }
        return shown;
    }
}
