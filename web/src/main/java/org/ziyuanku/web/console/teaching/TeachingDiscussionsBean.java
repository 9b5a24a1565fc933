package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.ziyuanku.service.teaching.DiscussionAttachmentService;
import org.ziyuanku.service.teaching.DiscussionBoardView;
import org.ziyuanku.service.teaching.DiscussionService;
import org.ziyuanku.service.teaching.DiscussionTopicCommand;
import org.ziyuanku.service.teaching.DiscussionTopicView;
import org.ziyuanku.service.teaching.UploadedFile;
import org.ziyuanku.web.faces.RequestMark;

/**
 * The discussion board (讨论区) of an offering (console/teaching/discussions.xhtml?offering=…), for its staff and its
 * learners alike: the topics they may read, pinned and most active first, and a form to start one (staff choose the
 * class or the whole offering; a learner's topic is for their class). Anyone else 404.
 */
@Named
@ViewScoped
public class TeachingDiscussionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private DiscussionService discussions;

    @EJB
    private DiscussionAttachmentService attachments;

    private transient org.primefaces.model.file.UploadedFile file;

    private String offering;
    private final RequestMark read = new RequestMark();
    private transient DiscussionBoardView board;
    private String classId = "";
    private String title;
    private String body;

    public void load() {
        long id = TeachingPages.id(offering);
        board = TeachingPages.load(() -> discussions.board(id));
        read.mark();
    }

    public void start() {
        Long target = classId == null || classId.isBlank() ? null : TeachingPages.id(classId);
        boolean withFile = file != null && file.getSize() > 0;
        try (InputStream content = withFile ? file.getInputStream() : InputStream.nullInputStream()) {
            List<UploadedFile> files = withFile ? List.of(new UploadedFile(file.getFileName(), content)) : List.of();
            if (TeachingPages.change(() -> attachments.startWithFiles(TeachingPages.id(offering),
                    new DiscussionTopicCommand(target, null, title, body), files), "teaching.discussions.started")) {
                title = null;
                body = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
        load();
    }

    /** The class a topic is for, or null for the whole offering. */
    public String classOf(DiscussionTopicView topic) {
        return topic.classId() == null ? null : getBoard().classes().getOrDefault(topic.classId(), "");
    }

    public org.primefaces.model.file.UploadedFile getFile() {
        return file;
    }

    public void setFile(org.primefaces.model.file.UploadedFile file) {
        this.file = file;
    }

    public DiscussionBoardView getBoard() {
        if (!read.marked()) {
            load();
        }
        return board;
    }

    public List<Map.Entry<Long, String>> getClasses() {
        return List.copyOf(getBoard().classes().entrySet());
    }

    public String getOffering() {
        return offering;
    }

    public void setOffering(String offering) {
        this.offering = offering;
    }

    public String getClassId() {
        return classId;
    }

    public void setClassId(String classId) {
        this.classId = classId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
