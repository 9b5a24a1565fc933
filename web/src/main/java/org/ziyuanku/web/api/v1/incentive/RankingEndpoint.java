package org.ziyuanku.web.api.v1.incentive;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ziyuanku.service.incentive.PointsService;
import org.ziyuanku.service.incentive.RankingRowView;
import org.ziyuanku.web.api.QueryParameters;

/**
 * Rankings by points (积分排行), at most 100 rows, ties sharing a place: {@code GET /api/v1/classes/{id}/ranking}
 * (the class's staff and learners; 404 to anyone else), {@code /api/v1/libraries/{id}/ranking} (anyone signed in:
 * the learners of the library's courses), {@code /api/v1/organisations/{id}/ranking} (its members and
 * administrators; 404 to anyone else). 401 without an account.
 */
@Path("v1/{scope: classes|libraries|organisations}/{id: \\d+}/ranking")
public class RankingEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private PointsService points;

    @GET
    @Produces(JSON)
    public List<RankingRowDto> ranking(@PathParam("scope") String scope, @PathParam("id") String id) {
        long scopeId = QueryParameters.pathId(id);
        List<RankingRowView> rows = switch (scope) {
            case "classes" -> points.classRanking(scopeId);
            case "libraries" -> points.libraryRanking(scopeId);
            default -> points.schoolRanking(scopeId);
        };
        return rows.stream().map(RankingRowDto::of).toList();
    }
}
