package org.ziyuanku.web.api.v1.course;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.ziyuanku.service.course.CourseCover;
import org.ziyuanku.service.course.CourseCoverService;
import org.ziyuanku.web.api.BadParameterException;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/courses/{id}/cover}: {@code GET} the course's cover picture (a PNG, for whoever may see the course;
 * 404 without one), {@code POST} a new one as multipart {@code file} (the course team, while the course or its new
 * version is editable): 200 with the course, 400 for a file that is no picture or too large, nothing kept then.
 */
@Path("v1/courses/{id}/cover")
public class CourseCoverEndpoint {

    @EJB
    private CourseCoverService covers;

    @Context
    private Request request;

    @GET
    @Produces("image/png")
    public Response cover(@PathParam("id") String id) {
        CourseCover cover = covers.cover(QueryParameters.pathId(id));
        EntityTag tag = new EntityTag(cover.sha256());
        CacheControl cache = new CacheControl();
        cache.setNoCache(true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        return Response.ok(cover.file().toFile(), "image/png").tag(tag).cacheControl(cache).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    public CourseDto change(@PathParam("id") String id, List<EntityPart> parts) throws IOException {
        long course = QueryParameters.pathId(id);
        EntityPart file = parts == null ? null : parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElse(null);
        if (file == null) {
            throw new BadParameterException("file", "", "api.error.required");
        }
        try (InputStream picture = file.getContent()) {
            return CourseDto.of(covers.change(course, picture, file.getFileName().orElse("cover")));
        }
    }
}
