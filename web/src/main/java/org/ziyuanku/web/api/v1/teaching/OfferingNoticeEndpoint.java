package org.ziyuanku.web.api.v1.teaching;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ziyuanku.service.teaching.ClassNoticeService;
import org.ziyuanku.service.teaching.NoticeCommand;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/offerings/{id}/notices} (signed in only): {@code GET} the offering's notices for the caller (staff
 * with read counts, an enrolled learner with their "read" flag; pinned first, then newest); {@code POST} a notice
 * ({@code {classId?, title, body, pinned}}, 201). Anyone else 404.
 */
@Path("v1/offerings/{id}/notices")
public class OfferingNoticeEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private ClassNoticeService notices;

    @GET
    @Produces(JSON)
    public List<NoticeDto> list(@PathParam("id") String id) {
        return notices.list(QueryParameters.pathId(id)).stream().map(NoticeDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response post(@PathParam("id") String id, NoticeBodyDto body) {
        return OfferingEndpoint.created(NoticeDto.of(notices.post(QueryParameters.pathId(id), command(body))));
    }

    static NoticeCommand command(NoticeBodyDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return new NoticeCommand(body.classId(), body.title(), body.body(), Boolean.TRUE.equals(body.pinned()));
    }
}
