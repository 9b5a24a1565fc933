package org.ziyuanku.web.api.v1.teaching;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.ziyuanku.service.teaching.ClassGroupService;
import org.ziyuanku.service.teaching.GroupCommand;
import org.ziyuanku.service.teaching.GroupMembershipService;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/groups/{gid}} (signed in only): {@code PUT} {@code {name, maxSize?, version}} renames it (staff; a
 * stale version 409); {@code DELETE} it (staff); {@code POST /members} {@code {learnerId}} adds a learner (staff,
 * moving them from their group) or, with no body or their own id, the caller joins (a learner, self-signup open, in
 * no group; full 409); {@code DELETE /members/{learner}} takes a learner out (staff) or the caller leaves. All 204.
 */
@Path("v1/groups/{gid: \\d+}")
public class GroupEndpoint {

    @EJB
    private ClassGroupService groups;

    @EJB
    private GroupMembershipService members;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response change(@PathParam("gid") String gid, GroupBodyDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        groups.change(QueryParameters.pathId(gid), new GroupCommand(body.name(), body.maxSize(), body.version()));
        return Response.noContent().build();
    }

    @DELETE
    public Response delete(@PathParam("gid") String gid) {
        groups.delete(QueryParameters.pathId(gid));
        return Response.noContent().build();
    }

    @POST
    @Path("members")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response join(@PathParam("gid") String gid, MemberBodyDto body) {
        members.join(QueryParameters.pathId(gid), body == null ? null : body.learnerId());
        return Response.noContent().build();
    }

    @DELETE
    @Path("members/{learner}")
    public Response leave(@PathParam("gid") String gid, @PathParam("learner") String learner) {
        members.leave(QueryParameters.pathId(gid), QueryParameters.pathId(learner));
        return Response.noContent().build();
    }
}
