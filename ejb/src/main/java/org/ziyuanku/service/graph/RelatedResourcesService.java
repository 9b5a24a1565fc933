package org.ziyuanku.service.graph;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.ziyuanku.service.graph.internal.RelatedResources;

/**
 * Recommendations on a resource's page (相关资源, issue 16 item 7): published resources that share knowledge or skill
 * points with it, else ones made for the same course, each with its one-line reason. Public, like the page.
 */
@Stateless
@PermitAll
public class RelatedResourcesService {

    /** How many a page shows. */
    public static final int MAX = 6;

    @Inject
    private RelatedResources related;

    /** The resources related to the resource (none for a resource that is not published). */
    public List<RelatedResourceView> related(long resourceId) {
        return related.of(resourceId, MAX);
    }
}
