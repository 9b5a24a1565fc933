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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ziyuanku.service.course.CourseCatalogueService;
import org.ziyuanku.service.course.CourseCommands;
import org.ziyuanku.service.course.CourseOutlineService;
import org.ziyuanku.service.course.CourseRefusedException;
import org.ziyuanku.service.course.StandardCourseService;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * Standard courses ({@code /api/v1/courses}). Anonymous callers and other schools see published courses only (404 for
 * anything else, as for an id that does not exist); the course team creates and edits them. A published course is
 * edited through a new version ({@code POST /{id}/versions}), whose id the outline calls then take.
 */
@Path("v1/courses")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class CourseEndpoint {

    @EJB
    private CourseCatalogueService catalogue;

    @EJB
    private StandardCourseService courses;

    @EJB
    private CourseOutlineService outlines;

    @Inject
    private Caller caller;

    /** Published courses, newest first: {@code library}, {@code page} (from 0), {@code size} (1–100, default 20). */
    @GET
    public List<CourseDto> published(@QueryParam("library") String library, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return catalogue.published(QueryParameters.optionalId("library", library),
                QueryParameters.integer("page", page, 0, 0, 10_000), QueryParameters.integer("size", size, 20, 1, 100))
                .stream().map(CourseDto::of).toList();
    }

    /** Creates a draft course in a library; the caller leads it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CourseBodies.NewCourse body) {
        if (body == null || body.libraryId() == null) {
            throw new BadParameterException("libraryId", "", "api.error.required");
        }
        CourseDto created = CourseDto.of(courses.create(new CourseCommands.Create(body.libraryId(), body.code(),
                body.name())));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    /** The courses the caller leads or is on the team of. */
    @GET
    @Path("mine")
    public List<CourseDto> mine() {
        if (caller.isAnonymous()) {
            return List.of();
        }
        return courses.mine().stream().map(CourseDto::of).toList();
    }

    @GET
    @Path("{id}")
    public CourseDto get(@PathParam("id") String id) {
        long courseId = QueryParameters.pathId(id);
        return CourseDto.of(caller.isAnonymous() ? catalogue.outline(courseId).course() : courses.get(courseId));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CourseDto describe(@PathParam("id") String id, CourseBodies.Describe body) {
        if (body == null) {
            throw new BadParameterException("name", "", "api.error.required");
        }
        return CourseDto.of(courses.describe(QueryParameters.pathId(id), new CourseCommands.Describe(body.name(),
                body.majorId(), body.hours(), body.credits(), body.introduction(), body.objectives(),
                body.standardText(), body.portalTemplate())));
    }

    /** The outline with every item's reference as it is now (title and kind read live, availability). */
    @GET
    @Path("{id}/outline")
    public CourseOutlineDto outline(@PathParam("id") String id) {
        long courseId = QueryParameters.pathId(id);
        return CourseOutlineDto.of(caller.isAnonymous() ? catalogue.outline(courseId) : outlines.outline(courseId));
    }

    @POST
    @Path("{id}/outline/nodes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addNode(@PathParam("id") String id, CourseBodies.Node body) {
        CourseOutlineDto outline = CourseOutlineDto.of(outlines.add(QueryParameters.pathId(id), command(body)));
        return Response.status(Response.Status.CREATED).entity(outline).build();
    }

    @PUT
    @Path("{id}/outline/nodes/{nodeId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CourseOutlineDto changeNode(@PathParam("id") String id, @PathParam("nodeId") String nodeId,
            CourseBodies.Node body) {
        return CourseOutlineDto.of(outlines.change(QueryParameters.pathId(id), QueryParameters.pathId(nodeId),
                command(body)));
    }

    @DELETE
    @Path("{id}/outline/nodes/{nodeId}")
    public CourseOutlineDto removeNode(@PathParam("id") String id, @PathParam("nodeId") String nodeId) {
        return CourseOutlineDto.of(outlines.remove(QueryParameters.pathId(id), QueryParameters.pathId(nodeId)));
    }

    /** A new version of the published course (same node keys), to edit and send for review. */
    @POST
    @Path("{id}/versions")
    public Response newVersion(@PathParam("id") String id) {
        CourseDto revision = CourseDto.of(courses.newVersion(QueryParameters.pathId(id)));
        return Response.status(Response.Status.CREATED).entity(revision).build();
    }

    /** The account ids of the course team, lead first. */
    @GET
    @Path("{id}/team")
    public List<Long> team(@PathParam("id") String id) {
        if (caller.isAnonymous()) {
            throw CourseRefusedException.notFound(QueryParameters.pathId(id));
        }
        return courses.team(QueryParameters.pathId(id));
    }

    /** Adds a member to the course team (the lead or the library's administrators). */
    @POST
    @Path("{id}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<Long> addMember(@PathParam("id") String id, CourseBodies.Member body) {
        if (body == null || body.username() == null || body.username().isBlank()) {
            throw new BadParameterException("username", "", "api.error.required");
        }
        return courses.addMember(QueryParameters.pathId(id), body.username());
    }

    /** Takes a member off the course team (the lead or the library's administrators); the lead stays. */
    @DELETE
    @Path("{id}/team/{accountId}")
    public List<Long> removeMember(@PathParam("id") String id, @PathParam("accountId") String accountId) {
        return courses.removeMember(QueryParameters.pathId(id), QueryParameters.pathId(accountId));
    }

    private static CourseCommands.Node command(CourseBodies.Node body) {
        if (body == null) {
            throw new BadParameterException("title", "", "api.error.required");
        }
        return new CourseCommands.Node(body.parentId(), body.position(), body.title(), body.itemKind(),
                body.resourceId(), body.assemblyId(), body.pageBody(), body.minSeconds(),
                Boolean.TRUE.equals(body.trialDefault()));
    }
}
