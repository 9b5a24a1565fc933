package org.ziyuanku.service.teaching;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.teaching.DiscussionAttachment;
import org.ziyuanku.domain.teaching.DiscussionReply;
import org.ziyuanku.domain.teaching.SubmissionFile;
import org.ziyuanku.infrastructure.storage.BlobStore;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.teaching.internal.DiscussionAttachmentRepository;
import org.ziyuanku.service.teaching.internal.DiscussionAudience;
import org.ziyuanku.service.teaching.internal.DiscussionRepository;
import org.ziyuanku.service.teaching.internal.DiscussionViewer;
import org.ziyuanku.service.teaching.internal.SeenTopic;
import org.ziyuanku.service.teaching.internal.SubmissionFiles;

/**
 * Files attached to discussions (讨论区附件). The author of a topic or reply attaches up to
 * {@link DiscussionAttachment#MAX_PER_TEXT} files of at most {@link #MAX_BYTES} each to it, checked as homework files
 * (content sniffed with Tika: a program or script refused whatever its name, 415; too large 413) and kept in the blob
 * store. A file is read by whoever may read its topic and reply (the class's staff and ACTIVE learners; held or
 * removed text: staff and its author); anyone else 404, someone else's text 403, each refusal audited.
 */
@Stateless
@PermitAll
public class DiscussionAttachmentService {

    /** The largest discussion attachment: 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    static final String READ = "DISCUSSION_FILE_READ";

    @Inject
    private DiscussionAudience audience;

    @Inject
    private DiscussionRepository discussions;

    @Inject
    private DiscussionAttachmentRepository attachments;

    @Inject
    private SubmissionFiles files;

    @Inject
    private BlobStore blobs;

    @Inject
    private Caller caller;

    @Inject
    private AuditedCall audited;

    @EJB
    private DiscussionService discussionService;

    @Resource
    private SessionContext context;

    /**
     * Attaches the files to the caller's own topic ({@code replyId} null) or reply of it; all or nothing.
     *
     * @throws TeachingRefusedException no file, too many, a reply of another topic (400), a topic the caller may not
     *         read (404), someone else's text (403)
     * @throws AssignmentRefusedException a refused file (415, 413), with the resource upload's message
     */
    @Audited(action = "DISCUSSION_ATTACH")
    public List<DiscussionAttachmentView> attach(@AuditTarget("discussion:") long topicId, Long replyId,
            List<UploadedFile> uploads) {
        SeenTopic seen = audience.readableTopic(topicId);
        long author = seen.topic().getAuthorId();
        if (replyId != null) {
            author = discussions.reply(replyId).filter(r -> r.getTopicId() == topicId)
                    .orElseThrow(() -> new TeachingRefusedException("teaching.refused.discussionParent",
                            replyId.toString())).getAuthorId();
        }
        if (author != seen.viewer().accountId()) {
            throw caller.denied("attach a file to someone else's discussion text in topic " + topicId);
        }
        long held = attachments.count(topicId, replyId);
        if (uploads.isEmpty() || held + uploads.size() > DiscussionAttachment.MAX_PER_TEXT) {
            throw new TeachingRefusedException("teaching.refused.discussionFiles",
                    Integer.toString(DiscussionAttachment.MAX_PER_TEXT));
        }
        List<DiscussionAttachmentView> added = new ArrayList<>();
        for (UploadedFile upload : uploads) {
            DiscussionAttachment a = new DiscussionAttachment(topicId, replyId, author, files.keep(upload, MAX_BYTES));
            attachments.add(a);
            discussions.flush();
            added.add(view(a));
        }
        audited.detail((replyId == null ? "topic" : "reply:" + replyId) + " files=" + added.size());
        return added;
    }

    /** Replies with files in one step (the console's reply form): nothing is kept when a file is refused. */
    public DiscussionReplyView replyWithFiles(long topicId, DiscussionReplyCommand command,
            List<UploadedFile> uploads) {
        DiscussionReplyView reply = discussionService.reply(topicId, command);
        if (!uploads.isEmpty()) {
            self().attach(topicId, reply.id(), uploads);
        }
        return reply;
    }

    /** Starts a topic with files in one step (the console's topic form): nothing is kept when a file is refused. */
    public DiscussionTopicView startWithFiles(long offeringId, DiscussionTopicCommand command,
            List<UploadedFile> uploads) {
        DiscussionTopicView topic = discussionService.start(offeringId, command);
        if (!uploads.isEmpty()) {
            self().attach(topic.id(), null, uploads);
        }
        return topic;
    }

    /** The topic's files the caller may see: of the topic and of the replies whose text the caller reads. */
    public List<DiscussionAttachmentView> ofTopic(long topicId) {
        SeenTopic seen = audience.readableTopic(topicId);
        Map<Long, DiscussionReply> replies = discussions.replies(topicId).stream()
                .collect(Collectors.toMap(DiscussionReply::getId, r -> r));
        return attachments.ofTopic(topicId).stream()
                .filter(a -> a.getReplyId() == null || readable(replies.get(a.getReplyId()), seen.viewer()))
                .map(DiscussionAttachmentService::view).toList();
    }

    /** The file, served like a homework file, to whoever may read its text (else 404 and a denial audited). */
    @Audited(action = READ, outcomes = {AuditOutcome.DENIED, AuditOutcome.FAILURE})
    public SubmissionFileContent file(long topicId, @AuditTarget("discussion-file:") long attachmentId) {
        DiscussionAttachment a = attachments.find(attachmentId).filter(f -> f.getTopicId() == topicId)
                .orElseThrow(TeachingRefusedException::notFound);
        SeenTopic seen = audience.readableTopic(a.getTopicId());
        if (a.getReplyId() != null && !readable(discussions.reply(a.getReplyId()).orElse(null), seen.viewer())) {
            throw TeachingRefusedException.concealedDenial();
        }
        try {
            SubmissionFile f = a.getFile();
            return new SubmissionFileContent(a.getId(), blobs.locate(f.getBlobSha256()), f.getMediaType(),
                    f.getSizeBytes(), f.getBlobSha256(), f.getFilename());
        } catch (IOException e) {
            throw new AssignmentRefusedException("resource.refused.storage");
        }
    }

    /** This bean through its container, so an attachment made with a text is audited as one. */
    private DiscussionAttachmentService self() {
        return context.getBusinessObject(DiscussionAttachmentService.class);
    }

    private static boolean readable(DiscussionReply reply, DiscussionViewer viewer) {
        return reply != null && viewer.reads(reply.getModeration().getStatus(), reply.getAuthorId());
    }

    private static DiscussionAttachmentView view(DiscussionAttachment a) {
        return new DiscussionAttachmentView(a.getId(), a.getTopicId(), a.getReplyId(), a.getFile().getFilename(),
                a.getFile().getMediaType(), a.getFile().getSizeBytes());
    }
}
