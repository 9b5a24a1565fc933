package org.ziyuanku.web.api.v1.teaching;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ziyuanku.service.teaching.ClassQuestionCommand;
import org.ziyuanku.service.teaching.ClassQuestionService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/classes/{id}/questions} (signed in only), Q&A (答疑) of a class: {@code GET} the questions the caller
 * may read, most active first; {@code POST} a learner's question ({@code {itemId?, title, body}}, 201; staff 403);
 * {@code GET similar?q=} up to five questions of the class whose titles are most like {@code q}. Anyone who is neither
 * staff nor an ACTIVE learner of the class: 404.
 */
@Path("v1/classes/{id: \\d+}/questions")
public class ClassQuestionsEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private ClassQuestionService questions;

    @GET
    @Produces(JSON)
    public List<ClassQuestionDto> list(@PathParam("id") String id) {
        return questions.ofClass(QueryParameters.pathId(id)).stream().map(ClassQuestionDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response ask(@PathParam("id") String id, ClassQuestionBodyDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return OfferingEndpoint.created(ClassQuestionDto.of(questions.ask(QueryParameters.pathId(id),
                new ClassQuestionCommand(body.itemId(), body.title(), body.body()))));
    }

    @GET
    @Path("similar")
    @Produces(JSON)
    public List<SimilarQuestionDto> similar(@PathParam("id") String id, @QueryParam("q") String typed) {
        return questions.similar(QueryParameters.pathId(id), typed).stream().map(SimilarQuestionDto::of).toList();
    }
}
