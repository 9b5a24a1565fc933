package org.ziyuanku.web.api.v1.teaching;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ziyuanku.service.teaching.SurveyAnswerCommand;
import org.ziyuanku.service.teaching.SurveyResponseService;
import org.ziyuanku.service.teaching.SurveyService;
import org.ziyuanku.web.api.ApiLocale;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/surveys/{id}} (signed in only): {@code GET} a survey (its staff, or a learner it is for);
 * {@code PUT} new contents of a draft, {@code DELETE}, {@code POST /open}, {@code POST /close} (staff);
 * {@code POST /responses} a learner's response; {@code GET /results} (staff, or a learner who responded when results
 * are shown); {@code GET /export} the results and responses as .xlsx (staff). A learner the survey is for on a staff
 * step 403; anyone else 404.
 */
@Path("v1/surveys/{id}")
public class SurveyEndpoint {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private SurveyService surveys;

    @EJB
    private SurveyResponseService responses;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces(JSON)
    public SurveyDto get(@PathParam("id") String id) {
        return SurveyDto.of(surveys.get(QueryParameters.pathId(id)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public SurveyDto edit(@PathParam("id") String id, SurveyBodyDto body) {
        return SurveyDto.of(surveys.edit(QueryParameters.pathId(id), OfferingSurveyEndpoint.command(body)));
    }

    @DELETE
    public Response delete(@PathParam("id") String id) {
        surveys.delete(QueryParameters.pathId(id));
        return Response.noContent().build();
    }

    @POST
    @Path("open")
    @Produces(JSON)
    public SurveyDto open(@PathParam("id") String id) {
        return SurveyDto.of(surveys.open(QueryParameters.pathId(id)));
    }

    @POST
    @Path("close")
    @Produces(JSON)
    public SurveyDto close(@PathParam("id") String id) {
        return SurveyDto.of(surveys.close(QueryParameters.pathId(id)));
    }

    @POST
    @Path("responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public SurveyDto respond(@PathParam("id") String id, SurveyResponseBodyDto body) {
        if (body == null || body.answers() == null || body.answers().stream().anyMatch(a -> a == null
                || a.item() == null)) {
            throw new BadRequestException();
        }
        List<SurveyAnswerCommand> answers = body.answers().stream().map(a -> new SurveyAnswerCommand(a.item(),
                a.choices(), a.scale(), a.text())).toList();
        return SurveyDto.of(responses.respond(QueryParameters.pathId(id), answers));
    }

    @GET
    @Path("results")
    @Produces(JSON)
    public SurveyResultsDto results(@PathParam("id") String id) {
        return SurveyResultsDto.of(responses.results(QueryParameters.pathId(id)));
    }

    @GET
    @Path("export")
    @Produces(XLSX)
    public Response export(@PathParam("id") String id) {
        long surveyId = QueryParameters.pathId(id);
        return Response.ok(responses.export(surveyId, ApiLocale.of(headers)), XLSX).header("Content-Disposition",
                "attachment; filename=\"survey-" + surveyId + ".xlsx\"").build();
    }
}
