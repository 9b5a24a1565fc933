package org.ziyuanku.web.api.v1.exam;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.ziyuanku.service.exam.SelfTestService;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * Self-tests (自测). In an offering, by the id of its SELF_TEST item: {@code GET /api/v1/self-tests/{itemId}} the
 * caller's best and last score, {@code POST …/attempts} starts a new attempt (or answers the one in progress; then
 * save and submit at {@code /api/v1/attempts/{id}}, and the submitted attempt shows the key and analysis),
 * {@code GET …/learners} every learner's record for the offering's teachers, {@code PUT …/paper} with
 * {@code {paperId}} the paper of an item added locally to the offering (its teachers). For the course team, by the id of the
 * course item: {@code GET/PUT /api/v1/self-tests/course-items/{nodeId}/paper} with {@code {paperId}}.
 */
@Path("v1/self-tests")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SelfTestEndpoint {

    @EJB
    private SelfTestService selfTests;

    @GET
    @Path("{itemId}")
    public SelfTestDto scores(@PathParam("itemId") String itemId) {
        return SelfTestDto.of(selfTests.scores(QueryParameters.pathId(itemId)));
    }

    @POST
    @Path("{itemId}/attempts")
    public AttemptDto start(@PathParam("itemId") String itemId) {
        return AttemptDto.of(selfTests.start(QueryParameters.pathId(itemId)));
    }

    @GET
    @Path("{itemId}/learners")
    public List<SelfTestDto> learners(@PathParam("itemId") String itemId) {
        return selfTests.learners(QueryParameters.pathId(itemId)).stream().map(SelfTestDto::of).toList();
    }

    /** Sets the paper of a SELF_TEST item added locally to the offering (its teachers). */
    @PUT
    @Path("{itemId}/paper")
    @Consumes(MediaType.APPLICATION_JSON)
    public SelfTestPaperBody setOfferingPaper(@PathParam("itemId") String itemId, SelfTestPaperBody body) {
        if (body == null || body.paperId() == null) {
            throw new BadParameterException("paperId", "", "api.error.required");
        }
        selfTests.setOfferingPaper(QueryParameters.pathId(itemId), body.paperId());
        return new SelfTestPaperBody(body.paperId());
    }

    @GET
    @Path("course-items/{nodeId}/paper")
    public SelfTestPaperBody paper(@PathParam("nodeId") String nodeId) {
        return new SelfTestPaperBody(selfTests.paperOf(QueryParameters.pathId(nodeId)));
    }

    @PUT
    @Path("course-items/{nodeId}/paper")
    @Consumes(MediaType.APPLICATION_JSON)
    public SelfTestPaperBody setPaper(@PathParam("nodeId") String nodeId, SelfTestPaperBody body) {
        if (body == null || body.paperId() == null) {
            throw new BadParameterException("paperId", "", "api.error.required");
        }
        long node = QueryParameters.pathId(nodeId);
        selfTests.setPaper(node, body.paperId());
        return new SelfTestPaperBody(selfTests.paperOf(node));
    }
}
