package org.ziyuanku.web.api.v1.system;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ziyuanku.service.system.NotificationService;
import org.ziyuanku.web.api.ApiLocale;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/notifications}: the caller's notifications. GET lists the newest ({@code size} 1–100, default 20)
 * with texts in the Accept-Language (zh-CN unless English) and the unread count; POST {@code /{id}/read} and
 * {@code /read-all} mark read (204). Someone else's id changes nothing and answers 204 as well, so ids cannot be
 * probed.
 */
@Path("v1/notifications")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class NotificationEndpoint {

    private static final int DEFAULT_SIZE = 20;
    private static final int MAX_SIZE = 100;

    @EJB
    private NotificationService notifications;

    @GET
    public Response list(@QueryParam("size") String size, @Context HttpHeaders headers) {
        int max = QueryParameters.integer("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        List<NotificationDto> items = notifications.inbox(max, ApiLocale.of(headers)).stream()
                .map(NotificationDto::of).toList();
        return Response.ok(new NotificationListDto(items, notifications.unreadCount()))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{id}/read")
    public Response markRead(@PathParam("id") String id) {
        notifications.markRead(List.of(QueryParameters.pathId(id)));
        return Response.noContent().build();
    }

    @POST
    @Path("read-all")
    public Response markAllRead() {
        notifications.markAllRead();
        return Response.noContent().build();
    }
}
