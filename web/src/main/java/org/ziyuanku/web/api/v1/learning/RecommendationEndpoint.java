package org.ziyuanku.web.api.v1.learning;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.ziyuanku.service.learning.RecommendationService;
import org.ziyuanku.web.api.ApiLocale;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code GET /api/v1/me/recommendations}: "for you" (为你推荐) for the caller, each with its one-line reason in the
 * request's language (English when it asks for English first, else Chinese); {@code size} 1 to 10 (400 otherwise);
 * 401 without an account.
 */
@Path("v1/me/recommendations")
public class RecommendationEndpoint {

    @EJB
    private RecommendationService recommendations;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public List<RecommendationDto> mine(@QueryParam("size") String size) {
        int max = QueryParameters.integer("size", size, RecommendationService.MAX, 1, RecommendationService.MAX);
        Locale locale = ApiLocale.of(headers);
        return recommendations.forMe().stream().limit(max).map(r -> RecommendationDto.of(r, locale)).toList();
    }
}
