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
import org.ziyuanku.service.teaching.ClassQuestionResolutionService;
import org.ziyuanku.service.teaching.ClassQuestionService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/class-questions/{id}} (signed in only; {@code /api/v1/questions} is the question bank's): {@code GET}
 * the question with its answers; {@code POST /answers} an answer ({@code {body}}, 201); {@code POST /close} (its asker
 * or staff; 204); staff {@code POST /approve} a held question. A classmate closing another's question 403; anyone who
 * may not read it 404.
 */
@Path("v1/class-questions")
public class ClassQuestionEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private ClassQuestionService questions;

    @EJB
    private ClassQuestionResolutionService resolution;

    @GET
    @Path("{id}")
    @Produces(JSON)
    public ClassQuestionThreadDto thread(@PathParam("id") String id) {
        return ClassQuestionThreadDto.of(questions.thread(QueryParameters.pathId(id)));
    }

    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response answer(@PathParam("id") String id, ClassAnswerBodyDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return OfferingEndpoint.created(ClassAnswerDto.of(questions.answer(QueryParameters.pathId(id), body.body())));
    }

    @POST
    @Path("{id}/close")
    public Response close(@PathParam("id") String id) {
        resolution.close(QueryParameters.pathId(id));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/approve")
    public Response approve(@PathParam("id") String id) {
        resolution.approveQuestion(QueryParameters.pathId(id));
        return Response.noContent().build();
    }
}
