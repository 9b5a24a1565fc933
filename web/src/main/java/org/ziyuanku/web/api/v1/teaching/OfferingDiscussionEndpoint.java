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
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/offerings/{id}/discussions} (signed in only): {@code GET} the topics the caller may read
 * ({@code ?item=} those about one course item), pinned and most active first; {@code POST} a topic
 * ({@code {classId?, itemId?, title, body}}, 201). Anyone who is neither staff nor learner of the offering: 404.
 */
@Path("v1/offerings/{id}/discussions")
public class OfferingDiscussionEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private DiscussionService discussions;

    @GET
    @Produces(JSON)
    public List<DiscussionTopicDto> list(@PathParam("id") String id, @QueryParam("item") String item) {
        return discussions.topics(QueryParameters.pathId(id), QueryParameters.optionalId("item", item)).stream()
                .map(DiscussionTopicDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response start(@PathParam("id") String id, DiscussionTopicBodyDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return OfferingEndpoint.created(DiscussionTopicDto.of(discussions.start(QueryParameters.pathId(id),
                new DiscussionTopicCommand(body.classId(), body.itemId(), body.title(), body.body()))));
    }
}
