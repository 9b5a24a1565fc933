package org.ziyuanku.web.api.v1.teaching;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.teaching.ClassGroupService;
import org.ziyuanku.service.teaching.GroupCommand;
import org.ziyuanku.service.teaching.RandomGroupsCommand;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/classes/{id}/groups} (signed in only), the groups (分组) of a class: {@code GET} them (staff and ACTIVE
 * learners of the class); {@code POST} a new group {@code {name, maxSize?}} (staff; 201 with the groups);
 * {@code POST /random} groups from the learners in none, {@code {groups}} or {@code {size}} (staff);
 * {@code POST /signup} {@code {on}} opens or closes self-signup (staff). A learner of the class on a staff step 403;
 * anyone else 404.
 */
@Path("v1/classes/{id: \\d+}/groups")
public class ClassGroupEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private ClassGroupService groups;

    @GET
    @Produces(JSON)
    public ClassGroupsDto list(@PathParam("id") String id) {
        return ClassGroupsDto.of(groups.groups(QueryParameters.pathId(id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public Response create(@PathParam("id") String id, GroupBodyDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        long classId = QueryParameters.pathId(id);
        groups.create(classId, new GroupCommand(body.name(), body.maxSize(), null));
        return OfferingEndpoint.created(ClassGroupsDto.of(groups.groups(classId)));
    }

    @POST
    @Path("random")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public ClassGroupsDto random(@PathParam("id") String id, RandomGroupsBodyDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        long classId = QueryParameters.pathId(id);
        groups.random(classId, new RandomGroupsCommand(body.groups(), body.size(), body.prefix()));
        return ClassGroupsDto.of(groups.groups(classId));
    }

    @POST
    @Path("signup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public ClassGroupsDto signup(@PathParam("id") String id, SwitchBodyDto body) {
        if (body == null || body.on() == null) {
            throw new BadRequestException();
        }
        long classId = QueryParameters.pathId(id);
        groups.signup(classId, body.on());
        return ClassGroupsDto.of(groups.groups(classId));
    }
}
