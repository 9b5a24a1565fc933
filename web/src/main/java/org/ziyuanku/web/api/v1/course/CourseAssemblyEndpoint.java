package org.ziyuanku.web.api.v1.course;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ziyuanku.service.course.CourseAssemblyService;
import org.ziyuanku.service.course.CourseCommands;
import org.ziyuanku.service.course.CourseRefusedException;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/** 积件 ({@code /api/v1/courses/assemblies}): named, reusable assemblies of published resources of any library. */
@Path("v1/courses/assemblies")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CourseAssemblyEndpoint {

    @EJB
    private CourseAssemblyService assemblies;

    @Inject
    private Caller caller;

    /** The caller's 积件 and those of the libraries they administer. */
    @GET
    public List<CourseAssemblyDto> list() {
        if (caller.isAnonymous()) {
            return List.of();
        }
        return assemblies.list().stream().map(CourseAssemblyDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CourseBodies.Assembly body) {
        if (body == null || body.libraryId() == null) {
            throw new BadParameterException("libraryId", "", "api.error.required");
        }
        CourseAssemblyDto created = CourseAssemblyDto.of(assemblies.create(command(body.libraryId(), body)));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("{id}")
    public CourseAssemblyDto get(@PathParam("id") String id) {
        if (caller.isAnonymous()) {
            throw CourseRefusedException.notFound(QueryParameters.pathId(id));
        }
        return CourseAssemblyDto.of(assemblies.get(QueryParameters.pathId(id)));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CourseAssemblyDto update(@PathParam("id") String id, CourseBodies.Assembly body) {
        if (body == null) {
            throw new BadParameterException("name", "", "api.error.required");
        }
        return CourseAssemblyDto.of(assemblies.update(QueryParameters.pathId(id), command(0, body)));
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) {
        assemblies.remove(QueryParameters.pathId(id));
        return Response.noContent().build();
    }

    private static CourseCommands.Assembly command(long library, CourseBodies.Assembly body) {
        return new CourseCommands.Assembly(library, body.name(), body.description(), body.resourceIds());
    }
}
