package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.teaching.SubmissionAnnotationService;
import org.ziyuanku.service.teaching.UploadedFile;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.SubmittedFields;

/**
 * The teacher's annotated file (批改附件) uploaded from a submission's row (console/teaching/assignment.xhtml) or the
 * grading view (console/teaching/grade.xhtml): the file field {@code annotateForm:annotatedFile} goes through the
 * annotation service, so its content checks and refusals apply; the page then shows again with a message.
 */
@Named
@RequestScoped
public class TeachingAnnotationBean {

    @EJB
    private SubmissionAnnotationService annotations;

    private org.primefaces.model.file.UploadedFile file;

    /** Keeps the chosen file as the submission's annotated file; no file chosen is a message, not an upload. */
    public void annotate(long submissionId) {
        Optional<Part> part = SubmittedFields.file("annotateForm:annotatedFile");
        boolean bound = part.isEmpty() && file != null && file.getSize() > 0;
        if (part.isEmpty() && !bound) {
            Messages.addGlobalError("teaching.assignment.annotateNone");
            return;
        }
        try (InputStream content = part.isPresent() ? part.get().getInputStream() : file.getInputStream()) {
            UploadedFile upload = new UploadedFile(part.isPresent() ? part.get().getSubmittedFileName()
                    : file.getFileName(), content);
            RefusalMessages.change(() -> annotations.annotate(submissionId, upload), "teaching.assignment.annotated");
        } catch (IOException e) {
            Messages.addGlobalError("learning.assignments.uploadFailed");
        }
    }

    public org.primefaces.model.file.UploadedFile getFile() {
        return file;
    }

    public void setFile(org.primefaces.model.file.UploadedFile file) {
        this.file = file;
    }
}
