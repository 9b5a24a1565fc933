package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.teaching.AssignmentSubmission;
import org.ziyuanku.domain.teaching.SubmissionFile;
import org.ziyuanku.infrastructure.storage.BlobStore;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.teaching.internal.AnnotationRepository;
import org.ziyuanku.service.teaching.internal.AssignmentAccess;
import org.ziyuanku.service.teaching.internal.AssignmentRepository;
import org.ziyuanku.service.teaching.internal.GroupSubmissions;
import org.ziyuanku.service.teaching.internal.SubmissionFiles;

/**
 * The teacher's annotated file returned with a grade (批改附件): staff of the learner's class upload one per
 * submission (a new upload replaces it), checked like a submission file (content-detected type, an executable in
 * disguise refused, at most 50 MB) and kept in the shared blob store. The submission's learner (for group work the
 * members it counts for) and the staff of the learner's class download it; anyone else gets 404 (a learner of the
 * homework uploading 403), every refusal audited.
 */
@Stateless
@PermitAll
public class SubmissionAnnotationService {

    static final String ANNOTATE = "SUBMISSION_ANNOTATE";
    static final String READ = "SUBMISSION_ANNOTATION_READ";

    @Inject
    private AssignmentAccess access;

    @Inject
    private AssignmentRepository repository;

    @Inject
    private AnnotationRepository annotations;

    @Inject
    private SubmissionFiles files;

    @Inject
    private GroupSubmissions groups;

    @Inject
    private BlobStore blobs;

    @Inject
    private AuditedCall audited;

    /** Keeps the file as the submission's annotated file. @throws AssignmentRefusedException a refused file (400) */
    @Audited(action = ANNOTATE)
    public SubmissionFileView annotate(@AuditTarget("submission:") long submissionId, UploadedFile upload) {
        access.staffSubmission(submissionId, "annotate");
        if (upload == null || upload.content() == null) {
            throw new AssignmentRefusedException("teaching.assignment.refused.filename");
        }
        SubmissionFile kept = files.keep(upload);
        annotations.annotate(submissionId, kept, access.me());
        audited.detail("file=" + kept.getBlobSha256() + " type=" + kept.getMediaType());
        return new SubmissionFileView(kept.getFilename(), kept.getMediaType(), kept.getSizeBytes(),
                kept.getBlobSha256());
    }

    /** The annotated file for the submission's learner (or credited group member) and the class's staff. */
    @Audited(action = READ, outcomes = {AuditOutcome.DENIED, AuditOutcome.FAILURE})
    public SubmissionFileContent annotation(@AuditTarget("submission:") long submissionId) {
        AssignmentSubmission s = submission(submissionId);
        if (!groups.countsFor(s, access.me()) && !access.isStaffOf(s)) {
            throw TeachingRefusedException.concealedHomework();
        }
        SubmissionFile f = annotations.annotation(submissionId).orElseThrow(TeachingRefusedException::homeworkNotFound);
        return new SubmissionFileContent(submissionId, locate(f), f.getMediaType(), f.getSizeBytes(),
                f.getBlobSha256(), f.getFilename());
    }

    private AssignmentSubmission submission(long submissionId) {
        return repository.submission(submissionId).orElseThrow(TeachingRefusedException::homeworkNotFound);
    }

    private Path locate(SubmissionFile f) {
        try {
            return blobs.locate(f.getBlobSha256());
        } catch (IOException e) {
            throw new AssignmentRefusedException("resource.refused.storage");
        }
    }
}
