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
import java.util.Locale;
import org.ziyuanku.service.teaching.SurveyService;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.service.teaching.ClassScopeService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/classes/{id}/votes} and {@code /api/v1/classes/{id}/surveys} (signed in only): {@code GET} the votes
 * (投票) or questionnaires (问卷) that concern the class (its own and the whole offering's) as
 * {@code /offerings/{o}/surveys} shows them to the caller; {@code POST} a draft of that kind for the class (the body of
 * {@code /offerings/{o}/surveys}; {@code kind} may be left out; another kind or another class 400). Anyone who is
 * neither staff nor ACTIVE learner of the class 404 (audited); a learner posting 403.
 */
@Path("v1/classes/{id: \\d+}/{kinds: votes|surveys}")
public class ClassSurveyEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private ClassScopeService scope;

    @EJB
    private SurveyService surveys;

    @GET
    @Produces(JSON)
    public List<SurveyDto> list(@PathParam("id") String id, @PathParam("kinds") String kinds) {
        long classId = QueryParameters.pathId(id);
        String kind = kind(kinds);
        return surveys.list(scope.offeringOf(classId)).stream()
                .filter(s -> kind.equals(s.kind()) && ClassScope.concerns(s.classId(), classId))
                .map(SurveyDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response create(@PathParam("id") String id, @PathParam("kinds") String kinds, SurveyBodyDto b) {
        long classId = QueryParameters.pathId(id);
        long offeringId = scope.offeringOf(classId);
        String kind = kind(kinds);
        if (b == null) {
            throw new BadRequestException();
        }
        if (b.kind() != null && !b.kind().isBlank() && !kind.equals(b.kind().strip().toUpperCase(Locale.ROOT))) {
            throw new BadParameterException("kind", b.kind(), "api.error.kindMismatch", kind);
        }
        SurveyBodyDto forClass = new SurveyBodyDto(ClassScope.classOf(b.classId(), classId), kind, b.title(),
                b.description(), b.anonymous(), b.resultsVisible(), b.changeable(), b.opensAt(), b.closesAt(),
                b.items());
        return OfferingEndpoint.created(SurveyDto.of(surveys.create(offeringId,
                OfferingSurveyEndpoint.command(forClass))));
    }

    private static String kind(String kinds) {
        return "votes".equals(kinds) ? "VOTE" : "QUESTIONNAIRE";
    }
}
