package org.ziyuanku.web.api.v1.graph;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ziyuanku.service.graph.ResourceTagService;
import org.ziyuanku.service.graph.ResourceTagView;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * A resource's knowledge and skill points from its own side (双向标注): {@code GET /api/v1/resources/{id}/tags} (who
 * may see it), {@code GET …/tags/choices?q=} (the library's points by name), {@code POST …/tags} with
 * {@code {"nodeId":…}} and {@code DELETE …/tags/{nodeId}} (who may change the resource); each answers the tags.
 */
@Path("v1/resources/{id: \\d+}/tags")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ResourceTagEndpoint {

    private static final int MAX_QUERY = 64;
    private static final int MAX_CHOICES = 10;

    /** The body of a tagging. */
    public record TagBody(Long nodeId) {
    }

    @EJB
    private ResourceTagService tags;

    @GET
    public List<ResourceTagDto> list(@PathParam("id") String id) {
        return dtos(tags.tagsOf(QueryParameters.pathId(id)));
    }

    @GET
    @Path("choices")
    public List<ResourceTagDto> choices(@PathParam("id") String id, @QueryParam("q") String q) {
        return dtos(tags.choices(QueryParameters.pathId(id), QueryParameters.text("q", q, MAX_QUERY), MAX_CHOICES));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public List<ResourceTagDto> tag(@PathParam("id") String id, TagBody body) {
        if (body == null || body.nodeId() == null) {
            throw new BadParameterException("nodeId", "", "api.error.required");
        }
        return dtos(tags.tag(QueryParameters.pathId(id), body.nodeId()));
    }

    @DELETE
    @Path("{nodeId: \\d+}")
    public List<ResourceTagDto> untag(@PathParam("id") String id, @PathParam("nodeId") String nodeId) {
        return dtos(tags.untag(QueryParameters.pathId(id), QueryParameters.pathId(nodeId)));
    }

    private static List<ResourceTagDto> dtos(List<ResourceTagView> views) {
        return views.stream().map(ResourceTagDto::of).toList();
    }
}
