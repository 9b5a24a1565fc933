package org.ziyuanku.web.api.v1.teaching;

import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.teaching.ClassQuestionResolutionService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/class-answers/{id}} (signed in only): {@code POST /accept} (the question's asker or staff of its
 * class; the question becomes ANSWERED; 204), staff {@code POST /approve} a held answer. A classmate who did not ask
 * 403; anyone who may not read the question 404.
 */
@Path("v1/class-answers")
public class ClassAnswerEndpoint {

    @EJB
    private ClassQuestionResolutionService resolution;

    @POST
    @Path("{id}/accept")
    public Response accept(@PathParam("id") String id) {
        resolution.accept(QueryParameters.pathId(id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/approve")
    public Response approve(@PathParam("id") String id) {
        resolution.approveAnswer(QueryParameters.pathId(id));
        return Response.noContent().build();
    }
}
