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
import org.ziyuanku.service.graph.GraphLinkKind;
import org.ziyuanku.service.graph.ItemTagService;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * The knowledge and skill points of a course item or a bank question from its own side (双向标注), as
 * {@link ResourceTagEndpoint} for resources: {@code GET …/tags}, {@code GET …/tags/choices?q=}, {@code POST …/tags}
 * with {@code {"nodeId":…}} and {@code DELETE …/tags/{nodeId}}; each answers the tags. The subclasses give the path.
 */
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public abstract class ItemTagEndpoint {

    private static final int MAX_QUERY = 64;
    private static final int MAX_CHOICES = 10;

    @EJB
    private ItemTagService tags;

    /** What the path's id names. */
    protected abstract GraphLinkKind kind();

    @GET
    public List<ResourceTagDto> list(@PathParam("id") String id) {
        return tags.tagsOf(kind(), QueryParameters.pathId(id)).stream().map(ResourceTagDto::of).toList();
    }

    @GET
    @Path("choices")
    public List<ResourceTagDto> choices(@PathParam("id") String id, @QueryParam("q") String q) {
        return tags.choices(kind(), QueryParameters.pathId(id), QueryParameters.text("q", q, MAX_QUERY), MAX_CHOICES)
                .stream().map(ResourceTagDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public List<ResourceTagDto> tag(@PathParam("id") String id, ResourceTagEndpoint.TagBody body) {
        if (body == null || body.nodeId() == null) {
            throw new BadParameterException("nodeId", "", "api.error.required");
        }
        return tags.tag(kind(), QueryParameters.pathId(id), body.nodeId()).stream().map(ResourceTagDto::of).toList();
    }

    @DELETE
    @Path("{nodeId: \\d+}")
    public List<ResourceTagDto> untag(@PathParam("id") String id, @PathParam("nodeId") String nodeId) {
        return tags.untag(kind(), QueryParameters.pathId(id), QueryParameters.pathId(nodeId)).stream()
                .map(ResourceTagDto::of).toList();
    }
}
