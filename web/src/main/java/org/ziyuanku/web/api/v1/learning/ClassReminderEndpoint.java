package org.ziyuanku.web.api.v1.learning;

import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ziyuanku.service.learning.LearnerReminderService;
import org.ziyuanku.web.api.QueryParameters;

/** {@code POST /api/v1/classes/{id}/reminders}: reminds the class's learners who are behind schedule (no body). */
@Path("v1/classes/{id: \\d+}/reminders")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class ClassReminderEndpoint {

    @EJB
    private LearnerReminderService reminders;

    @POST
    public ClassNoticeSentDto remind(@PathParam("id") String id) {
        return new ClassNoticeSentDto(reminders.remindBehind(QueryParameters.pathId(id)));
    }
}
