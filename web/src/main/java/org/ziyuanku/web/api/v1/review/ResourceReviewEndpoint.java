package org.ziyuanku.web.api.v1.review;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.review.ReviewRecordService;
import org.ziyuanku.service.review.ReviewRecordView;
import org.ziyuanku.service.review.ReviewSubjectNames;
import org.ziyuanku.web.api.ApiLocale;
import org.ziyuanku.web.api.QueryParameters;

/**
 * Tiered review of teaching resources, on the resources' own paths ({@code /api/v1/resources/{id}/submission},
 * {@code …/take-down}, {@code …/review-record}): sending a resource into review and withdrawing it, taking a published
 * one down, and its public review record. The root path is the same as {@code TeachingResourceEndpoint}'s, which keeps
 * everything else under it; JAX-RS matches both classes' methods (a course or a question bank gets its own class here).
 */
@Path("v1/resources")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ResourceReviewEndpoint extends SubjectReviewEndpoint {

    @EJB
    private ReviewRecordService records;

    @Context
    private HttpHeaders headers;

    @Override
    protected String subject() {
        return ReviewSubjectNames.RESOURCE;
    }

    /**
     * The review record of a published resource, for everybody: every step with level, decision, reviewer, unit,
     * time and the SHA-256 of what was reviewed; {@code ?format=csv} as a CSV file for the acceptance files.
     */
    @GET
    @Path("{id}/review-record")
    @Produces({MediaType.APPLICATION_JSON + ";charset=UTF-8", "text/csv;charset=UTF-8"})
    public Response reviewRecord(@PathParam("id") String id, @QueryParam("format") String format) {
        long resourceId = QueryParameters.pathId(id);
        ReviewRecordView record = records.recordOf(ReviewSubjectNames.RESOURCE, resourceId)
                .orElseThrow(() -> new ResourceNotFoundException(resourceId));
        if ("csv".equals(format)) {
            return Response.ok(ReviewRecordCsv.of(record, ApiLocale.of(headers)), "text/csv;charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"review-record-" + resourceId + ".csv\"")
                    .build();
        }
        return Response.ok(ReviewRecordDto.of(record), MediaType.APPLICATION_JSON + ";charset=UTF-8").build();
    }
}
