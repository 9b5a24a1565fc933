package org.ziyuanku.web.api.v1.graph;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ziyuanku.service.graph.RelatedResourcesService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code GET /api/v1/resources/{id}/related}: up to six published resources related to a published one — sharing its
 * knowledge or skill points (most shared first), else made for the same course — each with the reason; anonymous like
 * the resource itself; an unknown or unpublished resource has none (an empty list).
 */
@Path("v1/resources/{id: \\d+}/related")
public class RelatedResourceEndpoint {

    @EJB
    private RelatedResourcesService related;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public List<RelatedResourceDto> related(@PathParam("id") String id) {
        return related.related(QueryParameters.pathId(id)).stream().map(RelatedResourceDto::of).toList();
    }
}
