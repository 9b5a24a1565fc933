package org.ziyuanku.web.api.v1.qa;

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
import org.ziyuanku.service.qa.AskQuestionCommand;
import org.ziyuanku.service.qa.LibraryFaqService;
import org.ziyuanku.service.qa.LibraryQuestionService;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/library-questions}, library Q&A (答疑): {@code GET ?resource=} a published resource's questions
 * (anyone); {@code POST} a question ({@code {resourceId, title, body?}}, 201, signed in); {@code GET similar?resource=&q=}
 * up to three answered questions of the resource's library like {@code q}; {@code GET faq?library=} the library's FAQ
 * (anyone); {@code GET /{id}} a question with its answers; {@code POST /{id}/answers} an answer ({@code {body}}, 201,
 * signed in); {@code POST /{id}/faq} promote to the FAQ (the library's team, else 403). An unknown question or
 * resource 404, a missing parameter 400.
 */
@Path("v1/library-questions")
public class LibraryQuestionEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private LibraryQuestionService questions;

    @EJB
    private LibraryFaqService faq;

    @GET
    @Produces(JSON)
    public List<LibraryQuestionDto> list(@QueryParam("resource") String resource) {
        return questions.ofResource(required("resource", resource)).stream().map(LibraryQuestionDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response ask(LibraryQuestionBodyDto body) {
        if (body == null || body.resourceId() == null) {
            throw new BadRequestException();
        }
        return created(LibraryQuestionDto.of(questions.ask(new AskQuestionCommand(body.resourceId(), body.title(),
                body.body()))));
    }

    @GET
    @Path("similar")
    @Produces(JSON)
    public List<SimilarLibraryQuestionDto> similar(@QueryParam("resource") String resource,
            @QueryParam("q") String typed) {
        String q = QueryParameters.text("q", typed, 200);
        return questions.similar(required("resource", resource), q == null ? "" : q).stream()
                .map(SimilarLibraryQuestionDto::of).toList();
    }

    @GET
    @Path("faq")
    @Produces(JSON)
    public List<LibraryQuestionDto> faq(@QueryParam("library") String library) {
        return faq.faq(required("library", library)).questions().stream().map(LibraryQuestionDto::of).toList();
    }

    @GET
    @Path("{id}")
    @Produces(JSON)
    public LibraryQuestionThreadDto thread(@PathParam("id") String id) {
        return LibraryQuestionThreadDto.of(questions.thread(QueryParameters.pathId(id)));
    }

    @POST
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response answer(@PathParam("id") String id, LibraryAnswerBodyDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return created(LibraryAnswerDto.of(questions.answer(QueryParameters.pathId(id), body.body())));
    }

    @POST
    @Path("{id}/faq")
    @Produces(JSON)
    public LibraryQuestionDto promote(@PathParam("id") String id) {
        return LibraryQuestionDto.of(faq.promote(QueryParameters.pathId(id)));
    }

    static long required(String name, String value) {
        Long id = QueryParameters.optionalId(name, value);
        if (id == null) {
            throw new BadParameterException(name, "", "api.error.required");
        }
        return id;
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
