package org.ziyuanku.web.api.v1.teaching;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ziyuanku.service.teaching.DiscussionService;
import org.ziyuanku.service.teaching.DiscussionTopicCommand;
import org.ziyuanku.service.teaching.ClassScopeService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/classes/{id}/discussions} (signed in only): {@code GET} the topics of the class and of the whole
 * offering the caller may read ({@code ?item=} about one course item); {@code POST} a topic in the class
 * ({@code {itemId?, title, body}}, 201; a {@code classId} naming another class 400). Anyone who is neither staff nor
 * ACTIVE learner of the class 404 (audited).
 */
@Path("v1/classes/{id: \\d+}/discussions")
public class ClassDiscussionEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private ClassScopeService scope;

    @EJB
    private DiscussionService discussions;

    @GET
    @Produces(JSON)
    public List<DiscussionTopicDto> list(@PathParam("id") String id, @QueryParam("item") String item) {
        long classId = QueryParameters.pathId(id);
        Long nodeId = QueryParameters.optionalId("item", item);
        return discussions.topics(scope.offeringOf(classId), nodeId).stream()
                .filter(t -> ClassScope.concerns(t.classId(), classId)).map(DiscussionTopicDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response start(@PathParam("id") String id, DiscussionTopicBodyDto body) {
        long classId = QueryParameters.pathId(id);
        long offeringId = scope.offeringOf(classId);
        if (body == null) {
            throw new BadRequestException();
        }
        return OfferingEndpoint.created(DiscussionTopicDto.of(discussions.start(offeringId, new DiscussionTopicCommand(
                ClassScope.classOf(body.classId(), classId), body.itemId(), body.title(), body.body()))));
    }
}
