package org.ziyuanku.web.api.v1.review;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ziyuanku.domain.review.ReviewerRule;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.review.ReviewPolicyService;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/libraries/{id}/review-policy}: a library's review levels for signed-in callers; its administrators
 * set them with {@code PUT {"levels": ["UNIT_REVIEWER", "COURSE_TEAM_LEAD", "LIBRARY_ADMIN"]}}.
 */
@Path("v1/libraries/{libraryId}/review-policy")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class LibraryReviewPolicyEndpoint {

    @EJB
    private ReviewPolicyService policies;

    @Inject
    private Caller caller;

    @GET
    public LibraryReviewPolicyDto policy(@PathParam("libraryId") String libraryId) {
        if (caller.isAnonymous()) {
            throw new NotAuthorizedException("Bearer");
        }
        return LibraryReviewPolicyDto.of(policies.policy(QueryParameters.pathId(libraryId)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public LibraryReviewPolicyDto configure(@PathParam("libraryId") String libraryId, ReviewPolicyDto body) {
        if (body == null || body.levels() == null) {
            throw new BadParameterException("levels", "", "api.error.required");
        }
        return LibraryReviewPolicyDto.of(policies.configure(QueryParameters.pathId(libraryId), body.levels().stream()
                .map(level -> QueryParameters.enumValue("levels", level, ReviewerRule.class, "api.error.unknownRule"))
                .toList()));
    }
}
