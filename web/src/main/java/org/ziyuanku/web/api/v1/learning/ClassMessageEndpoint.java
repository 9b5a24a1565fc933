package org.ziyuanku.web.api.v1.learning;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ziyuanku.service.learning.LearnerReminderService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code POST /api/v1/classes/{id}/messages} {@code {"text": "…"}}: a message from the class's staff to each of its
 * learners (notifications); the text passes the sensitive-word screen (a blocked word: 400 naming it).
 */
@Path("v1/classes/{id: \\d+}/messages")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ClassMessageEndpoint {

    @EJB
    private LearnerReminderService reminders;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ClassNoticeSentDto send(@PathParam("id") String id, ClassMessageDto body) {
        return new ClassNoticeSentDto(reminders.messageClass(QueryParameters.pathId(id),
                body == null ? null : body.text()));
    }
}
