package org.ziyuanku.web.api.v1.teaching;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.teaching.DiscussionModerationService;
import org.ziyuanku.service.teaching.DiscussionReplyCommand;
import org.ziyuanku.service.teaching.DiscussionService;
import org.ziyuanku.service.teaching.ModerationAction;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/discussions/{id}} (signed in only): {@code GET} the topic with its replies; {@code POST /replies}
 * a reply ({@code {parentId?, body}}, 201); staff: {@code POST /moderation} ({@code {action, reason}}), {@code /lock}
 * and {@code /pin} ({@code {on}}). Replies: {@code POST|DELETE /replies/{id}/like}, staff {@code POST
 * /replies/{id}/best} and {@code /replies/{id}/moderation}. A learner on a staff action 403; anyone who may not read
 * the topic 404.
 */
@Path("v1/discussions")
public class DiscussionEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private DiscussionService discussions;

    @EJB
    private DiscussionModerationService moderation;

    @GET
    @Path("{id}")
    @Produces(JSON)
    public DiscussionThreadDto thread(@PathParam("id") String id) {
        return DiscussionThreadDto.of(discussions.thread(QueryParameters.pathId(id)));
    }

    @POST
    @Path("{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response reply(@PathParam("id") String id, DiscussionReplyBodyDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return OfferingEndpoint.created(DiscussionReplyDto.of(discussions.reply(QueryParameters.pathId(id),
                new DiscussionReplyCommand(body.parentId(), body.body()))));
    }

    @POST
    @Path("{id}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public ModerationResultDto moderateTopic(@PathParam("id") String id, ModerationBodyDto body) {
        return new ModerationResultDto(moderation.moderateTopic(QueryParameters.pathId(id), action(body),
                body.reason()));
    }

    @POST
    @Path("{id}/lock")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response lock(@PathParam("id") String id, SwitchBodyDto body) {
        moderation.lock(QueryParameters.pathId(id), on(body));
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/pin")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pin(@PathParam("id") String id, SwitchBodyDto body) {
        moderation.pin(QueryParameters.pathId(id), on(body));
        return Response.noContent().build();
    }

    @POST
    @Path("replies/{id}/like")
    @Produces(JSON)
    public LikesDto like(@PathParam("id") String id) {
        return new LikesDto(discussions.like(QueryParameters.pathId(id), true));
    }

    @DELETE
    @Path("replies/{id}/like")
    @Produces(JSON)
    public LikesDto unlike(@PathParam("id") String id) {
        return new LikesDto(discussions.like(QueryParameters.pathId(id), false));
    }

    @POST
    @Path("replies/{id}/best")
    public Response best(@PathParam("id") String id) {
        moderation.markBest(QueryParameters.pathId(id));
        return Response.noContent().build();
    }

    @POST
    @Path("replies/{id}/moderation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public ModerationResultDto moderateReply(@PathParam("id") String id, ModerationBodyDto body) {
        return new ModerationResultDto(moderation.moderateReply(QueryParameters.pathId(id), action(body),
                body.reason()));
    }

    private static ModerationAction action(ModerationBodyDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return QueryParameters.enumValue("action", body.action(), ModerationAction.class,
                "api.error.unknownModerationAction");
    }

    private static boolean on(SwitchBodyDto body) {
        if (body == null || body.on() == null) {
            throw new BadRequestException();
        }
        return body.on();
    }
}
