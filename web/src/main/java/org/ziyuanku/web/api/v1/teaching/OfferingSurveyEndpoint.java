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
import java.util.Objects;
import org.ziyuanku.service.teaching.SurveyCommand;
import org.ziyuanku.service.teaching.SurveyService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/offerings/{id}/surveys} (signed in only): {@code GET} the offering's votes and questionnaires for the
 * caller (staff all of theirs, an enrolled learner those of their class and the offering that are open or closed);
 * {@code POST} a DRAFT survey (staff, 201). Learners of the offering posting 403, anyone else 404.
 */
@Path("v1/offerings/{id}/surveys")
public class OfferingSurveyEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private SurveyService surveys;

    @GET
    @Produces(JSON)
    public List<SurveyDto> list(@PathParam("id") String id) {
        return surveys.list(QueryParameters.pathId(id)).stream().map(SurveyDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response create(@PathParam("id") String id, SurveyBodyDto body) {
        return OfferingEndpoint.created(SurveyDto.of(surveys.create(QueryParameters.pathId(id), command(body))));
    }

    static SurveyCommand command(SurveyBodyDto body) {
        if (body == null || body.items() != null && body.items().stream().anyMatch(Objects::isNull)) {
            throw new BadRequestException();
        }
        return new SurveyCommand(body.classId(), body.kind(), body.title(), body.description(),
                Boolean.TRUE.equals(body.anonymous()), Boolean.TRUE.equals(body.resultsVisible()),
                Boolean.TRUE.equals(body.changeable()), body.opensAt(), body.closesAt(), body.items() == null
                        ? List.of() : body.items().stream().map(SurveyItemDto::command).toList());
    }
}
