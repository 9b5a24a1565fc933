package org.ziyuanku.web.api.v1.learning;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ziyuanku.service.learning.NoteCommand;
import org.ziyuanku.service.learning.NoteService;
import org.ziyuanku.service.learning.TargetCommand;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/notes}: the caller's notes (笔记) on resources and course items, and those shared with their class.
 * A note the caller may not read (another learner's private note) is 404, as one that does not exist.
 */
@Path("v1/notes")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class NoteEndpoint {

    @EJB
    private NoteService notes;

    /**
     * The caller's notes, newest first; with {@code ?resource=id} or {@code ?offering=id&item=id} the notes on that
     * target the caller may read (their own and their class's), by position.
     */
    @GET
    public List<NoteDto> list(@QueryParam("resource") String resource, @QueryParam("offering") String offering,
            @QueryParam("item") String item) {
        Long resourceId = QueryParameters.optionalId("resource", resource);
        Long offeringId = QueryParameters.optionalId("offering", offering);
        Long nodeId = QueryParameters.optionalId("item", item);
        if (resourceId == null && offeringId == null && nodeId == null) {
            return notes.mine().stream().map(NoteDto::of).toList();
        }
        return notes.on(new TargetCommand(resourceId, offeringId, nodeId)).stream().map(NoteDto::of).toList();
    }

    @GET
    @Path("{id}")
    public NoteDto find(@PathParam("id") String id) {
        return NoteDto.of(notes.read(QueryParameters.pathId(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(NoteBodyDto body) {
        if (body == null) {
            throw new BadParameterException("body", "", "api.error.required");
        }
        NoteDto note = NoteDto.of(notes.add(new NoteCommand(new TargetCommand(body.resourceId(), body.offeringId(),
                body.nodeId()), body.body(), body.visibility(), body.positionSeconds())));
        return Response.status(Response.Status.CREATED).entity(note).build();
    }

    /** Changes the text and audience of the caller's note. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public NoteDto change(@PathParam("id") String id, NoteBodyDto body) {
        if (body == null) {
            throw new BadParameterException("body", "", "api.error.required");
        }
        return NoteDto.of(notes.change(QueryParameters.pathId(id), new NoteCommand(null, body.body(),
                body.visibility(), null)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        notes.delete(QueryParameters.pathId(id));
        return Response.noContent().build();
    }
}
