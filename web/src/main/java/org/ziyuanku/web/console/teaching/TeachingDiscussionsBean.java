package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
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
import org.ziyuanku.web.faces.RefusalMessages;

/**
 * The discussion board (讨论区) of an offering (console/teaching/discussions.xhtml?offering=…), for its staff and its
 * learners alike: the topics they may read, pinned and most active first, and a form to start one (staff choose the
 * class or the whole offering; a learner's topic is for their class). Anyone else 404.
 */
@Named
@ViewScoped
public class TeachingDiscussionsBean extends OfferingPage {

    private static final long serialVersionUID = 1L;

    @EJB
    private DiscussionService discussions;

    @EJB
    private DiscussionAttachmentService attachments;

    private transient org.primefaces.model.file.UploadedFile file;

    private transient DiscussionBoardView board;
    private final ClassPostForm form = new ClassPostForm();

    @Override
    protected void loadPage(long offeringId) {
        board = RefusalMessages.load(() -> discussions.board(offeringId));
    }

    public void start() {
        boolean withFile = file != null && file.getSize() > 0;
        try (InputStream content = withFile ? file.getInputStream() : InputStream.nullInputStream()) {
            List<UploadedFile> files = withFile ? List.of(new UploadedFile(file.getFileName(), content)) : List.of();
            if (RefusalMessages.change(() -> attachments.startWithFiles(offeringId(),
                    new DiscussionTopicCommand(form.target(), null, form.getTitle(), form.getBody()), files),
                    "teaching.discussions.started")) {
                form.clear();
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
        loaded();
        return board;
    }

    public List<Map.Entry<Long, String>> getClasses() {
        return List.copyOf(getBoard().classes().entrySet());
    }

    public ClassPostForm getForm() {
        return form;
    }
}
