package org.ziyuanku.web.api.v1.teaching;

import jakarta.ejb.EJB;
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
import java.util.ArrayList;
import java.util.List;
import org.ziyuanku.service.teaching.DiscussionAttachmentService;
import org.ziyuanku.service.teaching.UploadedFile;
import org.ziyuanku.web.api.ContentResponses;
import org.ziyuanku.web.api.QueryParameters;

/**
 * {@code /api/v1/discussions/{id}/attachments} (signed in only): {@code GET} the topic's files the caller may see;
 * {@code POST} multipart ({@code file} parts, optional {@code replyId}) attaches them to the caller's own topic or
 * reply (201; at most 5 per text, 10 MB each, checked like uploads: a disguised program 415); {@code GET /{fileId}}
 * downloads one as an attachment. Someone who may not read the topic 404, someone else's text 403.
 */
@Path("v1/discussions/{id: \\d+}/attachments")
public class DiscussionAttachmentEndpoint {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    @EJB
    private DiscussionAttachmentService attachments;

    @GET
    @Produces(JSON)
    public List<DiscussionAttachmentDto> list(@PathParam("id") String id) {
        return attachments.ofTopic(QueryParameters.pathId(id)).stream().map(DiscussionAttachmentDto::of).toList();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(JSON)
    public Response attach(@PathParam("id") String id, List<EntityPart> parts) throws IOException {
        long topic = QueryParameters.pathId(id);
        Long replyId = null;
        List<UploadedFile> files = new ArrayList<>();
        List<InputStream> streams = new ArrayList<>();
        try {
            for (EntityPart part : parts) {
                if ("replyId".equals(part.getName())) {
                    replyId = QueryParameters.optionalId("replyId", part.getContent(String.class));
                } else if ("file".equals(part.getName())) {
                    InputStream content = part.getContent();
                    streams.add(content);
                    files.add(new UploadedFile(part.getFileName().orElse(""), content));
                }
            }
            return OfferingEndpoint.created(attachments.attach(topic, replyId, files).stream()
                    .map(DiscussionAttachmentDto::of).toList());
        } finally {
            for (InputStream s : streams) {
                s.close();
            }
        }
    }

    @GET
    @Path("{fileId: \\d+}")
    public Response file(@PathParam("id") String id, @PathParam("fileId") String fileId,
            @HeaderParam("Range") String range) {
        return ContentResponses.of(attachments.file(QueryParameters.pathId(id), QueryParameters.pathId(fileId)),
                range);
    }
}
