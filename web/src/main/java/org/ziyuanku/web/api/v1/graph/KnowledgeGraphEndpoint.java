package org.ziyuanku.web.api.v1.graph;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.graph.GraphAnnotationService;
import org.ziyuanku.service.graph.GraphEdgeCommand;
import org.ziyuanku.service.graph.GraphNodeCommand;
import org.ziyuanku.service.graph.KnowledgeGraphService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/libraries/{id}/graph}, a library's knowledge graph (知识图谱). Anyone: {@code GET} the nodes and edges,
 * {@code GET nodes/{nodeId}} a node with its published resources and courses. The library's administrators and
 * course teams (signed in): {@code POST nodes} {@code {type, name, description}} (201), {@code PUT nodes/{nodeId}}
 * {@code {name, description}}, {@code DELETE nodes/{nodeId}}, {@code POST nodes/{nodeId}/merge} {@code {from}},
 * {@code PUT|DELETE nodes/{nodeId}/links/{kind}/{targetId}} (kind resource, course, course-item, question),
 * {@code POST edges} {@code {source, target, type}} (201), {@code DELETE edges/{edgeId}}. Others 403; an unknown
 * library, node or edge 404; bad input 400; a duplicate 409. Export and import: {@link GraphTransferEndpoint} ({@code graph/exchange}).
 */
@Path("v1/libraries/{id: \\d+}/graph")
public class KnowledgeGraphEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private KnowledgeGraphService graph;

    @EJB
    private GraphAnnotationService annotations;

    @GET
    @Produces(JSON)
    public Response get(@PathParam("id") String id) {
        GraphDto dto = GraphDto.of(graph.graph(QueryParameters.pathId(id)));
        CacheControl cache = new CacheControl();
        cache.setPrivate(dto.editable());
        cache.setNoCache(true);
        return Response.ok(dto).cacheControl(cache).build();
    }

    @GET
    @Path("nodes/{nodeId: \\d+}")
    @Produces(JSON)
    public GraphNodeDetailDto node(@PathParam("id") String id, @PathParam("nodeId") String nodeId) {
        return GraphNodeDetailDto.of(graph.node(QueryParameters.pathId(id), QueryParameters.pathId(nodeId)));
    }

    @POST
    @Path("nodes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response addNode(@PathParam("id") String id, GraphBodies.NodeBody body) {
        long library = QueryParameters.pathId(id);
        long node = graph.addNode(library, command(body));
        return Response.status(Response.Status.CREATED).entity(GraphNodeDetailDto.of(graph.node(library, node)))
                .build();
    }

    @PUT
    @Path("nodes/{nodeId: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public GraphNodeDetailDto changeNode(@PathParam("id") String id, @PathParam("nodeId") String nodeId,
            GraphBodies.NodeBody body) {
        long library = QueryParameters.pathId(id);
        long node = QueryParameters.pathId(nodeId);
        graph.changeNode(library, node, command(body));
        return GraphNodeDetailDto.of(graph.node(library, node));
    }

    @DELETE
    @Path("nodes/{nodeId: \\d+}")
    public Response deleteNode(@PathParam("id") String id, @PathParam("nodeId") String nodeId) {
        graph.deleteNode(QueryParameters.pathId(id), QueryParameters.pathId(nodeId));
        return Response.noContent().build();
    }

    @POST
    @Path("nodes/{nodeId: \\d+}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public GraphNodeDetailDto merge(@PathParam("id") String id, @PathParam("nodeId") String nodeId,
            GraphBodies.MergeBody body) {
        if (body == null) {
            throw new BadRequestException();
        }
        long library = QueryParameters.pathId(id);
        long node = QueryParameters.pathId(nodeId);
        annotations.merge(library, node, body.from());
        return GraphNodeDetailDto.of(graph.node(library, node));
    }

    @PUT
    @Path("nodes/{nodeId: \\d+}/links/{kind}/{targetId: \\d+}")
    public Response tag(@PathParam("id") String id, @PathParam("nodeId") String nodeId,
            @PathParam("kind") String kind, @PathParam("targetId") String targetId) {
        annotations.tag(QueryParameters.pathId(id), QueryParameters.pathId(nodeId), GraphAnnotationService.kind(kind),
                QueryParameters.pathId(targetId));
        return Response.noContent().build();
    }

    @DELETE
    @Path("nodes/{nodeId: \\d+}/links/{kind}/{targetId: \\d+}")
    public Response untag(@PathParam("id") String id, @PathParam("nodeId") String nodeId,
            @PathParam("kind") String kind, @PathParam("targetId") String targetId) {
        annotations.untag(QueryParameters.pathId(id), QueryParameters.pathId(nodeId),
                GraphAnnotationService.kind(kind), QueryParameters.pathId(targetId));
        return Response.noContent().build();
    }

    @POST
    @Path("edges")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response link(@PathParam("id") String id, GraphBodies.EdgeBody body) {
        if (body == null) {
            throw new BadRequestException();
        }
        long library = QueryParameters.pathId(id);
        long edge = graph.link(library, new GraphEdgeCommand(body.source(), body.target(), body.type()));
        return Response.status(Response.Status.CREATED).entity(graph.graph(library).edges().stream()
                .filter(e -> e.id() == edge).map(GraphEdgeDto::of).findFirst().orElseThrow()).build();
    }

    @DELETE
    @Path("edges/{edgeId: \\d+}")
    public Response unlink(@PathParam("id") String id, @PathParam("edgeId") String edgeId) {
        graph.unlink(QueryParameters.pathId(id), QueryParameters.pathId(edgeId));
        return Response.noContent().build();
    }

    private static GraphNodeCommand command(GraphBodies.NodeBody body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return new GraphNodeCommand(body.type(), body.name(), body.description());
    }
}
