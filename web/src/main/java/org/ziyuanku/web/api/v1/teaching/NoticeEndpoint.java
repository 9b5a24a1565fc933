package org.ziyuanku.web.api.v1.teaching;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.teaching.ClassNoticeService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/notices/{id}} (signed in only): {@code PUT} changes a notice and {@code DELETE} deletes it (its author
 * or the offering's owner; other staff 403, anyone else 404); {@code POST /read} records that the caller (a learner
 * it is for) read it, idempotently; {@code GET /receipts} who read it and who has not (staff).
 */
@Path("v1/notices")
public class NoticeEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private ClassNoticeService notices;

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public NoticeDto edit(@PathParam("id") String id, NoticeBodyDto body) {
        return NoticeDto.of(notices.edit(QueryParameters.pathId(id), OfferingNoticeEndpoint.command(body)));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        notices.delete(QueryParameters.pathId(id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/read")
    @Produces(JSON)
    public NoticeDto read(@PathParam("id") String id) {
        return NoticeDto.of(notices.markRead(QueryParameters.pathId(id)));
    }

    @GET
    @Path("{id}/receipts")
    @Produces(JSON)
    public NoticeReceiptsDto receipts(@PathParam("id") String id) {
        return NoticeReceiptsDto.of(notices.receipts(QueryParameters.pathId(id)));
    }
}
