package org.ziyuanku.web.api.v1.teaching;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.ziyuanku.service.teaching.AssignmentService;
import org.ziyuanku.service.teaching.GroupWorkService;
import org.ziyuanku.service.teaching.PeerReviewService;
import org.ziyuanku.service.teaching.SubmissionCommand;
import org.ziyuanku.service.teaching.SubmissionFileService;
import org.ziyuanku.service.teaching.SubmissionService;
import org.ziyuanku.service.teaching.SubmissionSimilarityService;
import org.ziyuanku.service.teaching.UploadedFile;
import org.ziyuanku.web.api.ContentResponses;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/assignments/{id}} (signed in only): {@code GET} the homework (its staff, or a learner it is for once
 * published), {@code PUT} new settings and {@code POST /publish} (its teachers); {@code POST /submissions} the
 * caller's (re)submission as JSON {@code {text}} or multipart ({@code text}, up to 5 parts {@code file}, each
 * inspected like a resource upload: 415 for a program in disguise); {@code GET /submissions} all of them (staff; a
 * learner 403); {@code GET /my-submission} the caller's own with grade and received reviews (anonymous);
 * {@code POST /peer-reviews/assign} hands out peer reviews after the due time (its teachers; idempotent);
 * {@code PUT /group-work} {@code {on}} marks it as group work, one submission per group (its teachers, before any
 * submission; a peer-graded homework 400); {@code GET /files.zip} every submitted file, a folder per learner
 * (staff; a learner 403); {@code GET /similarity} the pairs of submissions of one class whose texts look copied
 * (疑似雷同), most similar first (staff; a learner 403, anyone else 404).
 */
@Path("v1/assignments/{id}")
public class AssignmentEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private AssignmentService assignments;

    @EJB
    private SubmissionService submissions;

    @EJB
    private PeerReviewService peerReviews;

    @EJB
    private SubmissionFileService files;

    @EJB
    private SubmissionSimilarityService similarity;

    @EJB
    private GroupWorkService groupWork;

    /** Every submitted file as one zip, a folder per learner, streamed (staff; learners 403). */
    @GET
    @Path("files.zip")
    public Response filesZip(@PathParam("id") String id) {
        long assignmentId = QueryParameters.pathId(id);
        return ContentResponses.submissionZip(files.archive(assignmentId), "homework-" + assignmentId + ".zip");
    }

    @GET
    @Produces(JSON)
    public AssignmentDto get(@PathParam("id") String id) {
        return AssignmentDto.of(assignments.get(QueryParameters.pathId(id)));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public AssignmentDto edit(@PathParam("id") String id, AssignmentBodyDto body) {
        return AssignmentDto.of(assignments.edit(QueryParameters.pathId(id), OfferingAssignmentEndpoint.command(body)));
    }

    @PUT
    @Path("group-work")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public AssignmentDto groupWork(@PathParam("id") String id, SwitchBodyDto body) {
        if (body == null || body.on() == null) {
            throw new BadRequestException();
        }
        long assignmentId = QueryParameters.pathId(id);
        groupWork.groupWork(assignmentId, body.on());
        return get(id);
    }

    @POST
    @Path("publish")
    @Produces(JSON)
    public AssignmentDto publish(@PathParam("id") String id) {
        return AssignmentDto.of(assignments.publish(QueryParameters.pathId(id)));
    }

    @POST
    @Path("submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(JSON)
    public MySubmissionDto submit(@PathParam("id") String id, SubmissionBodyDto body) {
        if (body == null) {
            throw new BadRequestException();
        }
        return MySubmissionDto.of(submissions.submit(QueryParameters.pathId(id), new SubmissionCommand(body.text(),
                List.of())));
    }

    @POST
    @Path("submissions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(JSON)
    public MySubmissionDto submitFiles(@PathParam("id") String id, List<EntityPart> parts) throws IOException {
        long assignment = QueryParameters.pathId(id);
        String text = null;
        List<UploadedFile> files = new ArrayList<>();
        List<InputStream> streams = new ArrayList<>();
        try {
            for (EntityPart part : parts) {
                if ("text".equals(part.getName())) {
                    text = part.getContent(String.class);
                } else if ("file".equals(part.getName())) {
                    InputStream content = part.getContent();
                    streams.add(content);
                    files.add(new UploadedFile(part.getFileName().orElse(""), content));
                }
            }
            return MySubmissionDto.of(submissions.submit(assignment, new SubmissionCommand(text, files)));
        } finally {
            for (InputStream s : streams) {
                s.close();
            }
        }
    }

    @GET
    @Path("submissions")
    @Produces(JSON)
    public List<SubmissionDto> submissions(@PathParam("id") String id) {
        return submissions.submissions(QueryParameters.pathId(id)).stream().map(SubmissionDto::of).toList();
    }

    @GET
    @Path("my-submission")
    @Produces(JSON)
    public MySubmissionDto mine(@PathParam("id") String id) {
        return MySubmissionDto.of(submissions.mine(QueryParameters.pathId(id)));
    }

    @POST
    @Path("peer-reviews/assign")
    @Produces(JSON)
    public PeerAssignmentDto assignPeerReviews(@PathParam("id") String id) {
        return PeerAssignmentDto.of(peerReviews.assign(QueryParameters.pathId(id)));
    }

    @GET
    @Path("similarity")
    @Produces(JSON)
    public List<SimilarPairDto> similarity(@PathParam("id") String id) {
        return similarity.similar(QueryParameters.pathId(id)).stream().map(SimilarPairDto::of).toList();
    }
}
