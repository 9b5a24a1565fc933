package org.ziyuanku.web.api.v1.review;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.resource.ResourceKind;
import org.ziyuanku.domain.review.ReviewDecision;
import org.ziyuanku.domain.review.ReviewedField;
import org.ziyuanku.service.review.DecideReviewCommand;
import org.ziyuanku.service.review.ReviewDecisionService;
import org.ziyuanku.service.review.ReviewQueueQuery;
import org.ziyuanku.service.review.ReviewStatisticsService;
import org.ziyuanku.service.review.ReviewSubmissionService;
import org.ziyuanku.service.review.ReviewTaskPage;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.ContentResponses;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/reviews}, for signed-in callers: the reviewer's queue ({@code tasks?library=&kind=&course=
 * &level=&waitingHours=&page=&size=}), one task and the content it is about, the decision on it, the caller's
 * submissions and the review statistics of the libraries they administer.
 */
@Path("v1/reviews")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ReviewTaskEndpoint {

    @EJB
    private ReviewDecisionService decisions;

    @EJB
    private ReviewSubmissionService submissions;

    @EJB
    private ReviewStatisticsService statistics;

    /**
     * One page of the caller's queue, longest waiting first: {@code page} (from 0), {@code size} (1–200, default 200,
     * as many as the queue listed before it was paged); a page beyond the end is empty.
     */
    @GET
    @Path("tasks")
    public List<ReviewTaskDto> queue(@QueryParam("library") String library, @QueryParam("level") String level,
            @QueryParam("kind") String kind, @QueryParam("course") String course,
            @QueryParam("waitingHours") String waitingHours, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        ResourceKind resourceKind = QueryParameters.enumValue("kind", kind, ResourceKind.class,
                "api.error.unknownKind");
        ReviewQueueQuery query = new ReviewQueueQuery(QueryParameters.optionalId("library", library),
                level == null || level.isBlank() ? null : QueryParameters.integer("level", level, 1, 1, 3),
                resourceKind == null ? null : resourceKind.name(), QueryParameters.text("course", course, 128),
                waitingHours == null || waitingHours.isBlank() ? null
                        : QueryParameters.integer("waitingHours", waitingHours, 0, 0, 24 * 365));
        int pageNo = QueryParameters.integer("page", page, 0, 0, Integer.MAX_VALUE / ReviewQueueQuery.MAX);
        ReviewTaskPage result = decisions.queuePage(query, pageNo,
                QueryParameters.integer("size", size, ReviewQueueQuery.MAX, 1, ReviewQueueQuery.MAX));
        return result.page() < pageNo ? List.of() : result.items().stream().map(ReviewTaskDto::of).toList();
    }

    @GET
    @Path("tasks/{id}")
    public ReviewTaskDetailDto task(@PathParam("id") String id) {
        return ReviewTaskDetailDto.of(decisions.task(QueryParameters.pathId(id)));
    }

    /** The content the task is about, with ranges, for the reviewer to look at. */
    @GET
    @Path("tasks/{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") String id, @HeaderParam("Range") String range) {
        return ContentResponses.of(decisions.content(QueryParameters.pathId(id), false), range, false);
    }

    /** The converted preview (PDF, MP4) of the content the task is about; 404 until it is ready. */
    @GET
    @Path("tasks/{id}/preview")
    @Produces(MediaType.WILDCARD)
    public Response preview(@PathParam("id") String id, @HeaderParam("Range") String range) {
        return ContentResponses.of(decisions.content(QueryParameters.pathId(id), true), range, false);
    }

    @POST
    @Path("tasks/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewOutcomeDto decide(@PathParam("id") String id, ReviewDecisionDto body) {
        if (body == null || body.decision() == null) {
            throw new BadParameterException("decision", "", "api.error.required");
        }
        ReviewDecision decision = QueryParameters.enumValue("decision", body.decision(), ReviewDecision.class,
                "api.error.unknownDecision");
        Map<ReviewedField, String> reasons = new EnumMap<>(ReviewedField.class);
        if (body.fieldReasons() != null) {
            body.fieldReasons().forEach((field, reason) -> reasons.put(reviewedField(field), reason));
        }
        return ReviewOutcomeDto.of(decisions.decide(new DecideReviewCommand(QueryParameters.pathId(id), decision,
                body.comment(), reasons, body.version(), body.metadataSha256())));
    }

    private static ReviewedField reviewedField(String name) {
        ReviewedField field = QueryParameters.enumValue("fieldReasons", name, ReviewedField.class,
                "api.error.unknownField");
        if (field == null) {
            throw new BadParameterException("fieldReasons", "", "api.error.unknownField");
        }
        return field;
    }

    @GET
    @Path("submissions")
    public List<ReviewSubmissionDto> mySubmissions() {
        return submissions.mine().stream().map(ReviewSubmissionDto::of).toList();
    }

    @GET
    @Path("statistics")
    public ReviewStatisticsDto statistics(@QueryParam("library") String library) {
        return ReviewStatisticsDto.of(statistics.statistics(QueryParameters.optionalId("library", library)));
    }
}
