package org.ziyuanku.web.api.v1.exam;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.security.SecureRandom;
import java.util.List;
import org.ziyuanku.service.exam.PaperService;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * Exam papers ({@code /api/v1/papers}) of a library's bank, for those who work in it as for its questions: list a
 * library's papers, read one, create (201 with Location), delete (the author or the library's administrators: 403 for
 * another contributor), and {@code GET {id}/draw?seed=} a preview of one learner's paper (a GET: it changes nothing;
 * a random seed when none is given, answered with the draw). A paper of a library the caller does not work in is 404
 * like one that does not exist; a library they do not work in is 403. State changes go through the platform's
 * same-origin check ({@code CrossSiteRequestFilter}) or a bearer token.
 */
@Path("v1/papers")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class PaperEndpoint {

    private static final SecureRandom SEEDS = new SecureRandom();

    @EJB
    private PaperService papers;

    @Context
    private UriInfo uri;

    /** The papers of the library {@code libraryId} (required), newest first. */
    @GET
    public List<PaperDto> list(@QueryParam("libraryId") String library) {
        Long libraryId = QueryParameters.optionalId("libraryId", library);
        if (libraryId == null) {
            throw new BadParameterException("libraryId", "", "api.error.required");
        }
        return papers.list(libraryId).stream().map(PaperDto::of).toList();
    }

    @GET
    @Path("{id}")
    public PaperDto get(@PathParam("id") String id) {
        return PaperDto.of(papers.get(QueryParameters.pathId(id)));
    }

    /** Creates a paper in the library {@code libraryId} of the body: 201 with the paper and its Location. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(PaperBody body) {
        if (body == null || body.libraryId() == null) {
            throw new BadParameterException("libraryId", "", "api.error.required");
        }
        long id = papers.create(body.libraryId(), body.draft());
        return Response.created(uri.getBaseUriBuilder().path("v1/papers/{id}").build(id))
                .entity(PaperDto.of(papers.get(id))).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        papers.delete(QueryParameters.pathId(id));
        return Response.noContent().build();
    }

    /** One learner's paper drawn with {@code seed} (a whole number; random when left out). */
    @GET
    @Path("{id}/draw")
    public PaperDrawDto draw(@PathParam("id") String id, @QueryParam("seed") String seed) {
        long paperId = QueryParameters.pathId(id);
        long drawSeed;
        if (seed == null || seed.isBlank()) {
            drawSeed = SEEDS.nextLong();
        } else {
            try {
                drawSeed = Long.parseLong(seed.strip());
            } catch (NumberFormatException e) {
                throw new BadParameterException("seed", seed, "api.error.notInteger");
            }
        }
        return PaperDrawDto.of(paperId, papers.draw(paperId, drawSeed));
    }
}
