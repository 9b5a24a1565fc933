package org.ziyuanku.web.api.v1.learning;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.learning.LearningStatementService;
import org.ziyuanku.service.learning.StatementView;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/statements}: the caller's own activity stream as xAPI statements ({@code {statements: [...]}}, newest
 * first): actor (an account on this platform), verb (ADL IRI), object (the item, class or offering as an activity),
 * context (registration = the attempt, offering as parent, class as grouping), result, timestamp, stored.
 */
@Path("v1/statements")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class StatementEndpoint {

    static final String HOME = "https://ziyuanku.org";
    static final String ACTIVITIES = HOME + "/xapi/activities/";

    @EJB
    private LearningStatementService statements;

    @jakarta.inject.Inject
    private Caller caller;

    @GET
    public Response mine(@QueryParam("limit") String limit) {
        int max = QueryParameters.integer("limit", limit, 50, 1, LearningStatementService.MAX);
        JsonArrayBuilder list = Json.createArrayBuilder();
        statements.mine(max).forEach(s -> list.add(statement(s)));
        return Response.ok(Json.createObjectBuilder().add("statements", list).build().toString()).build();
    }

    private JsonObject statement(StatementView s) {
        JsonObjectBuilder context = Json.createObjectBuilder();
        if (s.registration() != null) {
            context.add("registration", s.registration());
        }
        JsonObjectBuilder activities = Json.createObjectBuilder();
        if (s.offeringId() != null) {
            activities.add("parent", Json.createArrayBuilder().add(activity("offering", s.offeringId())));
        }
        if (s.classId() != null) {
            activities.add("grouping", Json.createArrayBuilder().add(activity("class", s.classId())));
        }
        JsonObjectBuilder statement = Json.createObjectBuilder().add("id", s.statementId())
                .add("actor", Json.createObjectBuilder().add("objectType", "Agent").add("account",
                        Json.createObjectBuilder().add("homePage", HOME).add("name", caller.username())))
                .add("verb", Json.createObjectBuilder().add("id", s.verbIri())
                        .add("display", Json.createObjectBuilder().add("en-US", s.verb())))
                .add("object", activity(s.objectType().toLowerCase(java.util.Locale.ROOT), s.objectId()))
                .add("context", context.add("contextActivities", activities))
                .add("timestamp", s.timestamp()).add("stored", s.stored());
        if (s.resultJson() != null) {
            statement.add("result", Json.createReader(new StringReader(s.resultJson())).readObject());
        }
        return statement.build();
    }

    private static JsonObjectBuilder activity(String type, long id) {
        return Json.createObjectBuilder().add("objectType", "Activity").add("id", ACTIVITIES + type + "/" + id);
    }
}
