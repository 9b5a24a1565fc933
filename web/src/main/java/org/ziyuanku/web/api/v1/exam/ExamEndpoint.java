package org.ziyuanku.web.api.v1.exam;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.ziyuanku.service.exam.AttemptService;
import org.ziyuanku.service.exam.ExamGradingService;
import org.ziyuanku.service.exam.ExamPeerGradingService;
import org.ziyuanku.service.exam.ExamResultsService;
import org.ziyuanku.service.exam.ExamService;
import org.ziyuanku.web.api.ApiLocale;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * Exams ({@code /api/v1/exams}) of an offering: its teachers create (201 with Location), change while DRAFT and
 * publish them, close a published one early ({@code POST {id}/close}), read the results, the statistics
 * ({@code GET {id}/statistics}), the Excel export ({@code GET {id}/results.xlsx}) and the manual grading queue (403 for
 * anyone else); its learners list and read a
 * published exam and start or resume their attempt ({@code POST {id}/attempts}: the attempt with its questions, saved
 * answers, deadline and the server's time); peer grading: a teacher hands it out after the exam ({@code POST
 * {id}/peer-grading}), a learner lists their tasks ({@code GET {id}/peer-tasks}, graded through
 * {@link PeerTaskEndpoint}). An exam the caller neither teaches nor takes is 404. State changes go
 * through the platform's same-origin check ({@code CrossSiteRequestFilter}) or a bearer token.
 */
@Path("v1/exams")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ExamEndpoint {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    private ExamService exams;

    @EJB
    private AttemptService attempts;

    @EJB
    private ExamGradingService grading;

    @EJB
    private ExamResultsService results;

    @EJB
    private ExamPeerGradingService peers;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    /** The exams of the offering {@code offering} (required) the caller teaches or takes. */
    @GET
    public List<ExamDto> list(@QueryParam("offering") String offering) {
        Long offeringId = QueryParameters.optionalId("offering", offering);
        if (offeringId == null) {
            throw new BadParameterException("offering", "", "api.error.required");
        }
        return exams.list(offeringId).stream().map(ExamDto::of).toList();
    }

    @GET
    @Path("{id}")
    public ExamDto get(@PathParam("id") String id) {
        return ExamDto.of(exams.get(QueryParameters.pathId(id)));
    }

    /** Creates a DRAFT exam: 201 with the exam and its Location. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ExamBody body) {
        long id = exams.create(ExamBody.command(body));
        return Response.created(uri.getBaseUriBuilder().path("v1/exams/{id}").build(id))
                .entity(ExamDto.of(exams.get(id))).build();
    }

    /** Changes a DRAFT exam. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ExamDto update(@PathParam("id") String id, ExamBody body) {
        long examId = QueryParameters.pathId(id);
        exams.update(examId, ExamBody.command(body));
        return ExamDto.of(exams.get(examId));
    }

    /** Publishes a DRAFT exam; the learners' papers are drawn in the background. */
    @POST
    @Path("{id}/publish")
    public ExamDto publish(@PathParam("id") String id) {
        long examId = QueryParameters.pathId(id);
        exams.publish(examId);
        return ExamDto.of(exams.get(examId));
    }

    /** Closes a PUBLISHED exam early: no start or save from now on; attempts in progress are submitted at once. */
    @POST
    @Path("{id}/close")
    public ExamDto close(@PathParam("id") String id) {
        long examId = QueryParameters.pathId(id);
        exams.close(examId);
        return ExamDto.of(exams.get(examId));
    }

    /** The exam's statistics (scores, 10 % bands, per question rates and option counts), for its teachers. */
    @GET
    @Path("{id}/statistics")
    public ExamStatisticsDto statistics(@PathParam("id") String id) {
        return ExamStatisticsDto.of(results.statistics(QueryParameters.pathId(id)));
    }

    /** The results (one row per learner) and per question statistics as .xlsx, headers in the caller's language. */
    @GET
    @Path("{id}/results.xlsx")
    @Produces(XLSX)
    public Response export(@PathParam("id") String id) {
        long examId = QueryParameters.pathId(id);
        return Response.ok(results.export(examId, ApiLocale.of(headers)), XLSX).header("Content-Disposition",
                "attachment; filename=\"exam-" + examId + "-results.xlsx\"").build();
    }

    @GET
    @Path("{id}/results")
    public List<ExamResultDto> results(@PathParam("id") String id) {
        return exams.results(QueryParameters.pathId(id)).stream().map(ExamResultDto::of).toList();
    }

    /** Starts the caller's attempt, or answers the one in progress (same id and deadline). */
    @POST
    @Path("{id}/attempts")
    public AttemptDto start(@PathParam("id") String id) {
        return AttemptDto.of(attempts.start(QueryParameters.pathId(id)));
    }

    /** The answers waiting for a teacher's grade, question by question across learners. */
    @GET
    @Path("{id}/grading")
    public List<GradingItemDto> grading(@PathParam("id") String id) {
        return grading.queue(QueryParameters.pathId(id)).stream().map(GradingItemDto::of).toList();
    }

    /** Hands out the peer grading of a closed exam's subjective answers (409 with the reason when it cannot). */
    @POST
    @Path("{id}/peer-grading")
    public PeerHandOutDto handOutPeerGrading(@PathParam("id") String id) {
        return PeerHandOutDto.of(peers.handOut(QueryParameters.pathId(id)));
    }

    /** The caller's peer-grading tasks at the exam: answers of others, anonymous. */
    @GET
    @Path("{id}/peer-tasks")
    public List<PeerTaskDto> peerTasks(@PathParam("id") String id) {
        return peers.mine(QueryParameters.pathId(id)).stream().map(PeerTaskDto::of).toList();
    }
}
