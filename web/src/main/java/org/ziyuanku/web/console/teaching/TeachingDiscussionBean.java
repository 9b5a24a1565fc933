package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ziyuanku.service.teaching.DiscussionAttachmentService;
import org.ziyuanku.service.teaching.DiscussionAttachmentView;
import org.ziyuanku.service.teaching.DiscussionModerationService;
import org.ziyuanku.service.teaching.DiscussionReplyCommand;
import org.ziyuanku.service.teaching.DiscussionService;
import org.ziyuanku.service.teaching.DiscussionThreadView;
import org.ziyuanku.service.teaching.ModerationAction;
import org.ziyuanku.service.teaching.UploadedFile;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.RequestMark;

/**
 * One discussion topic (console/teaching/discussion.xhtml?topic=…): the topic and its replies with their files, a
 * reply form (to the topic or to one reply, with an optional file), likes; for staff hide, delete (with a reason), approve held text, lock, pin and best reply.
 * A learner of another class, or anyone outside the offering: 404.
 */
@Named
@ViewScoped
public class TeachingDiscussionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DiscussionService discussions;

    @EJB
    private DiscussionModerationService moderation;

    @EJB
    private DiscussionAttachmentService attachments;

    private String topic;
    private final RequestMark read = new RequestMark();
    private transient DiscussionThreadView thread;
    private String parentId = "";
    private String body;
    private final Map<Long, String> reasons = new HashMap<>();
    private String topicReason;
    private transient org.primefaces.model.file.UploadedFile file;
    private transient List<DiscussionAttachmentView> files;

    public void load() {
        long id = TeachingPages.id(topic);
        thread = RefusalMessages.load(() -> discussions.thread(id));
        files = null;
        read.mark();
    }

    public void reply() {
        Long parent = parentId == null || parentId.isBlank() ? null : TeachingPages.id(parentId);
        boolean withFile = file != null && file.getSize() > 0;
        try (InputStream content = withFile ? file.getInputStream() : InputStream.nullInputStream()) {
            List<UploadedFile> files = withFile ? List.of(new UploadedFile(file.getFileName(), content)) : List.of();
            if (RefusalMessages.change(() -> attachments.replyWithFiles(topicId(), new DiscussionReplyCommand(parent,
                    body), files), "teaching.discussion.replied")) {
                body = null;
                parentId = "";
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
        load();
    }

    /** The files of the topic ({@code replyId} null) or of one reply. */
    public List<DiscussionAttachmentView> filesOf(Long replyId) {
        if (!read.marked()) {
            load();
        }
        if (files == null) {
            files = RefusalMessages.load(() -> attachments.ofTopic(topicId()));
        }
        return files.stream().filter(f -> Objects.equals(f.replyId(), replyId)).toList();
    }

    public void like(long replyId, boolean liked) {
        RefusalMessages.change(() -> discussions.like(replyId, liked), null);
        load();
    }

    public void best(long replyId) {
        RefusalMessages.change(() -> moderation.markBest(replyId), "teaching.discussion.bestDone");
        load();
    }

    public void moderateReply(long replyId, String action) {
        if (RefusalMessages.change(() -> moderation.moderateReply(replyId, ModerationAction.valueOf(action),
                reasons.get(replyId)), "teaching.discussion.moderated")) {
            reasons.remove(replyId);
        }
        load();
    }

    public void moderateTopic(String action) {
        if (RefusalMessages.change(() -> moderation.moderateTopic(topicId(), ModerationAction.valueOf(action),
                topicReason), "teaching.discussion.moderated")) {
            topicReason = null;
        }
        load();
    }

    public void lock(boolean locked) {
        RefusalMessages.change(() -> moderation.lock(topicId(), locked), "teaching.discussion.moderated");
        load();
    }

    public void pin(boolean pinned) {
        RefusalMessages.change(() -> moderation.pin(topicId(), pinned), "teaching.discussion.moderated");
        load();
    }

    private long topicId() {
        return TeachingPages.id(topic);
    }

    public DiscussionThreadView getThread() {
        if (!read.marked()) {
            load();
        }
        return thread;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public org.primefaces.model.file.UploadedFile getFile() {
        return file;
    }

    public void setFile(org.primefaces.model.file.UploadedFile file) {
        this.file = file;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getTopicReason() {
        return topicReason;
    }

    public void setTopicReason(String topicReason) {
        this.topicReason = topicReason;
    }
}
