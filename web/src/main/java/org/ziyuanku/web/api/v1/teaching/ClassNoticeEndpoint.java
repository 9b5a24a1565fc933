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
import org.ziyuanku.service.teaching.ClassScopeService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/classes/{id}/notices} (signed in only): {@code GET} the notices that concern the class (its own and
 * the whole offering's) as {@code /offerings/{o}/notices} shows them to the caller; {@code POST} a notice for the class
 * ({@code {title, body, pinned}}, 201; a {@code classId} naming another class 400). Anyone who is neither staff nor
 * ACTIVE learner of the class 404 (audited); a learner posting 404 too (as on the offering path).
 */
@Path("v1/classes/{id: \\d+}/notices")
public class ClassNoticeEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private ClassScopeService scope;

    @EJB
    private ClassNoticeService notices;

    @GET
    @Produces(JSON)
    public List<NoticeDto> list(@PathParam("id") String id) {
        long classId = QueryParameters.pathId(id);
        return notices.list(scope.offeringOf(classId)).stream()
                .filter(n -> ClassScope.concerns(n.classId(), classId)).map(NoticeDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response post(@PathParam("id") String id, NoticeBodyDto body) {
        long classId = QueryParameters.pathId(id);
        long offeringId = scope.offeringOf(classId);
        if (body == null) {
            throw new BadRequestException();
        }
        return OfferingEndpoint.created(NoticeDto.of(notices.post(offeringId, new NoticeCommand(
                ClassScope.classOf(body.classId(), classId), body.title(), body.body(),
                Boolean.TRUE.equals(body.pinned())))));
    }
}
