package org.ziyuanku.web.api.v1.teaching;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.ziyuanku.service.teaching.AdjustmentCommand;
import org.ziyuanku.service.teaching.GradeCommand;
import org.ziyuanku.service.teaching.GroupWorkService;
import org.ziyuanku.service.teaching.RatingCommand;
import org.ziyuanku.service.teaching.SubmissionAnnotationService;
import org.ziyuanku.service.teaching.SubmissionFileService;
import org.ziyuanku.service.teaching.SubmissionService;
import org.ziyuanku.service.teaching.UploadedFile;
import org.ziyuanku.web.api.ContentResponses;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/submissions/{id}} (signed in only): {@code POST /grade} a teacher's {@code {score, comment,
 * version}} (staff of the learner's class; a stale version 409 with a message, nothing overwritten);
 * {@code POST /override} the final score (the homework's teachers); {@code GET /files/{index}} a file of it (from 0),
 * as an attachment, for its learner, the staff of the learner's class and an assigned peer reviewer (a neutral file
 * name); anyone else 404. Group work (分组任务): {@code GET /members} the group's members with adjustment, average
 * rating and score (staff of the class); {@code POST /adjustments} {@code {learnerId, points, reason}} (staff);
 * {@code POST /ratings} {@code {learnerId, stars, comment?}} a member rates another member (204; never shown to
 * learners). {@code POST /annotated} (multipart, part {@code file}) the teacher's annotated file (staff of the
 * learner's class; checked like a submission file, a refused file 400); {@code GET /annotated} downloads it (its
 * learner, credited group members, staff of the class; anyone else 404).
 */
@Path("v1/submissions/{id}")
public class SubmissionEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private SubmissionService submissions;

    @EJB
    private SubmissionFileService files;

    @EJB
    private GroupWorkService groupWork;

    @EJB
    private SubmissionAnnotationService annotations;

    @GET
    @Path("files/{index}")
    public Response file(@PathParam("id") String id, @PathParam("index") String index,
            @HeaderParam("Range") String range) {
        return ContentResponses.of(files.file(QueryParameters.pathId(id), index(index)), range);
    }

    @GET
    @Path("annotated")
    public Response annotated(@PathParam("id") String id, @HeaderParam("Range") String range) {
        return ContentResponses.of(annotations.annotation(QueryParameters.pathId(id)), range);
    }

    @POST
    @Path("annotated")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(JSON)
    public SubmissionFileDto annotate(@PathParam("id") String id, List<EntityPart> parts) throws IOException {
        long submission = QueryParameters.pathId(id);
        EntityPart part = parts == null ? null : parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElse(null);
        if (part == null) {
            throw new BadRequestException();
        }
        try (InputStream content = part.getContent()) {
            return SubmissionFileDto.of(annotations.annotate(submission,
                    new UploadedFile(part.getFileName().orElse(""), content)));
        }
    }

    /** A file's position: a number from 0, anything else 404 like a file that is not there. */
    static int index(String index) {
        return (int) Math.min(QueryParameters.pathId(index), Integer.MAX_VALUE);
    }

    @POST
    @Path("grade")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public SubmissionDto grade(@PathParam("id") String id, GradeBodyDto body) {
        return SubmissionDto.of(submissions.grade(QueryParameters.pathId(id), command(body)));
    }

    @POST
    @Path("override")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public SubmissionDto override(@PathParam("id") String id, GradeBodyDto body) {
        return SubmissionDto.of(submissions.override(QueryParameters.pathId(id), command(body)));
    }

    @GET
    @Path("members")
    @Produces(JSON)
    public List<GroupWorkMemberDto> members(@PathParam("id") String id) {
        return groupWork.members(QueryParameters.pathId(id)).stream().map(GroupWorkMemberDto::of).toList();
    }

    @POST
    @Path("adjustments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public List<GroupWorkMemberDto> adjust(@PathParam("id") String id, AdjustmentBodyDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return groupWork.adjust(QueryParameters.pathId(id), new AdjustmentCommand(body.learnerId(), body.points(),
                body.reason())).stream().map(GroupWorkMemberDto::of).toList();
    }

    @POST
    @Path("ratings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response rate(@PathParam("id") String id, RatingBodyDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        groupWork.rate(QueryParameters.pathId(id), new RatingCommand(body.learnerId(), body.stars(), body.comment()));
        return Response.noContent().build();
    }

    private static GradeCommand command(GradeBodyDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return new GradeCommand(body.score(), body.comment(), body.version());
    }
}
