package org.ziyuanku.web.api.v1.exam;

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
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ziyuanku.domain.exam.QuestionStatus;
import org.ziyuanku.domain.exam.QuestionType;
import org.ziyuanku.service.exam.QuestionBankService;
import org.ziyuanku.service.exam.QuestionImage;
import org.ziyuanku.service.exam.QuestionSearch;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * The question bank ({@code /api/v1/questions}), for those who work in a library's bank (its contributors, as for
 * resources): list and search a library's questions, read one with its key, create (201 with Location), change and
 * delete (the author or the library's administrators: 403 for another contributor). A question of a library the caller
 * does not work in is 404 like one that does not exist; a library they do not work in is 403. State changes go through
 * the platform's same-origin check ({@code CrossSiteRequestFilter}) or a bearer token. {@code GET images/{sha256}} is
 * an image a question shows, for those who may see such a question (404 otherwise); images are stored as redrawn PNGs.
 */
@Path("v1/questions")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class QuestionEndpoint {

    private static final int MAX_TEXT = 200;

    @EJB
    private QuestionBankService bank;

    @Context
    private Request request;

    @Context
    private UriInfo uri;

    /**
     * A library's questions, newest first: {@code library} (required), {@code type}, {@code difficulty} (1–5),
     * {@code knowledgePoint}, {@code text} (in the stem), {@code status}, {@code page} (from 0), {@code size} (1–100,
     * default 20).
     */
    @GET
    public QuestionPageDto search(@QueryParam("library") String library, @QueryParam("type") String type,
            @QueryParam("difficulty") String difficulty, @QueryParam("knowledgePoint") String knowledgePoint,
            @QueryParam("text") String text, @QueryParam("status") String status, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Long libraryId = QueryParameters.optionalId("library", library);
        if (libraryId == null) {
            throw new BadParameterException("library", "", "api.error.required");
        }
        Integer level = difficulty == null || difficulty.isBlank() ? null
                : QueryParameters.integer("difficulty", difficulty, 3, 1, 5);
        return QuestionPageDto.of(bank.search(new QuestionSearch(libraryId,
                QueryParameters.enumValue("type", type, QuestionType.class, "api.error.unknownQuestionType"), level,
                QueryParameters.text("knowledgePoint", knowledgePoint, MAX_TEXT),
                QueryParameters.text("text", text, MAX_TEXT),
                QueryParameters.enumValue("status", status, QuestionStatus.class, "api.error.unknownQuestionStatus"),
                QueryParameters.integer("page", page, 0, 0, 10_000), QueryParameters.integer("size", size, 20, 1,
                        QuestionSearch.MAX_SIZE))));
    }

    @GET
    @Path("{id}")
    public QuestionDto get(@PathParam("id") String id) {
        return QuestionDto.of(bank.get(QueryParameters.pathId(id)));
    }

    /** Adds a question to the library {@code libraryId} of the body: 201 with the question and its Location. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(QuestionBody body) {
        if (body == null || body.libraryId() == null) {
            throw new BadParameterException("libraryId", "", "api.error.required");
        }
        long id = bank.add(body.libraryId(), body.draft());
        return Response.created(uri.getBaseUriBuilder().path("v1/questions/{id}").build(id))
                .entity(QuestionDto.of(bank.get(id))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionDto update(@PathParam("id") String id, QuestionBody body) {
        long questionId = QueryParameters.pathId(id);
        if (body == null) {
            throw new BadParameterException("type", "", "api.error.required");
        }
        return QuestionDto.of(bank.update(questionId, body.draft()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        bank.delete(QueryParameters.pathId(id));
        return Response.noContent().build();
    }

    /** An image a question shows (a PNG), for those who may see such a question. */
    @GET
    @Path("images/{sha256}")
    @Produces("image/png")
    public Response image(@PathParam("sha256") String sha256) {
        QuestionImage image = bank.image(sha256);
        EntityTag tag = new EntityTag(image.sha256());
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        return Response.ok(image.file().toFile(), image.mediaType()).tag(tag).cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
