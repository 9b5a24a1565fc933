package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.teaching.AssignmentSubmission;
import org.ziyuanku.domain.teaching.SubmissionFile;
import org.ziyuanku.infrastructure.storage.BlobStore;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.teaching.internal.AssignmentAccess;
import org.ziyuanku.service.teaching.internal.AssignmentRepository;
import org.ziyuanku.service.teaching.internal.GroupSubmissions;

/**
 * Reading homework files. A submission's file goes to the learner who handed it in, to the staff of the learner's
 * class (the offering's owner included) and to a peer reviewer assigned to the submission (that is, once the reviews
 * are handed out), who gets it under a neutral name ({@code 作业附件-<n>.<ext>}) so the name cannot give the author
 * away; anyone else 404 and a denial in the audit trail. The homework's staff take every visible submission's files
 * as one archive, a folder per learner (audited as an export). Reads themselves are not audited, refusals are.
 */
@Stateless
@PermitAll
public class SubmissionFileService {

    static final String READ = "SUBMISSION_FILE_READ";
    static final String EXPORT = "ASSIGNMENT_FILES_EXPORT";
    static final String NEUTRAL_NAME = "作业附件-";

    @Inject
    private AssignmentAccess access;

    @Inject
    private AssignmentRepository repository;

    @Inject
    private SubmissionService submissions;

    @Inject
    private BlobStore blobs;

    @Inject
    private AuditedCall audited;

    @Inject
    private GroupSubmissions groups;

    /** The submission's file at {@code index} (from 0) for its learner, its staff or an assigned peer reviewer. */
    @Audited(action = READ, outcomes = {AuditOutcome.DENIED, AuditOutcome.FAILURE})
    public SubmissionFileContent file(@AuditTarget("submission:") long submissionId, int index) {
        AssignmentSubmission s = repository.submission(submissionId)
                .orElseThrow(TeachingRefusedException::homeworkNotFound);
        long me = access.me();
        boolean own = groups.countsFor(s, me);
        boolean staff = !own && access.isStaffOf(s);
        boolean reviewer = !own && !staff
                && repository.reviewsOf(submissionId).stream().anyMatch(r -> r.getReviewerId() == me);
        if (!own && !staff && !reviewer) {
            throw TeachingRefusedException.concealedHomework();
        }
        return content(s, index, reviewer);
    }

    /** The file at {@code index} of the work a peer review the caller owes is about, under a neutral name. */
    @Audited(action = READ, outcomes = {AuditOutcome.DENIED, AuditOutcome.FAILURE})
    public SubmissionFileContent reviewFile(@AuditTarget("peer-review:") long reviewId, int index) {
        long submissionId = repository.review(reviewId).filter(r -> r.getReviewerId() == access.me())
                .orElseThrow(TeachingRefusedException::concealedHomework).getSubmissionId();
        AssignmentSubmission s = repository.submission(submissionId)
                .orElseThrow(TeachingRefusedException::homeworkNotFound);
        return content(s, index, true);
    }

    /** Every file of the submissions the caller's staff role shows, a folder per learner. Learners 403. */
    @Audited(action = EXPORT)
    public List<SubmissionArchiveEntry> archive(@AuditTarget("assignment:") long assignmentId) {
        List<SubmissionArchiveEntry> entries = new ArrayList<>();
        for (SubmissionView v : submissions.submissions(assignmentId)) {
            AssignmentSubmission s = repository.submission(v.id()).orElseThrow();
            String folder = safe(v.learnerName() + " (" + v.learnerUsername() + ")");
            List<SubmissionFile> files = s.getFiles();
            for (int i = 0; i < files.size(); i++) {
                SubmissionFile f = files.get(i);
                entries.add(new SubmissionArchiveEntry(folder + "/" + (i + 1) + "-" + safe(f.getFilename()),
                        locate(f), f.getSizeBytes()));
            }
        }
        audited.detail("files=" + entries.size());
        return entries;
    }

    private SubmissionFileContent content(AssignmentSubmission s, int index, boolean neutral) {
        List<SubmissionFile> files = s.getFiles();
        if (index < 0 || index >= files.size()) {
            throw TeachingRefusedException.homeworkNotFound();
        }
        SubmissionFile f = files.get(index);
        String name = neutral ? neutralName(f.getFilename(), index) : f.getFilename();
        return new SubmissionFileContent(s.getId(), locate(f), f.getMediaType(), f.getSizeBytes(), f.getBlobSha256(),
                name);
    }

    private Path locate(SubmissionFile f) {
        try {
            return blobs.locate(f.getBlobSha256());
        } catch (IOException e) {
            throw new AssignmentRefusedException("resource.refused.storage");
        }
    }

    /** The files as a reviewer sees them: under neutral names, so no name gives the author away. */
    static List<SubmissionFileView> neutralFiles(List<SubmissionFile> files) {
        List<SubmissionFileView> views = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            SubmissionFile f = files.get(i);
            views.add(new SubmissionFileView(neutralName(f.getFilename(), i), f.getMediaType(), f.getSizeBytes(),
                    f.getBlobSha256()));
        }
        return List.copyOf(views);
    }

    /** {@code 作业附件-<n>} with the original's extension when it is a plain one. */
    static String neutralName(String original, int index) {
        int dot = original.lastIndexOf('.');
        String ext = dot < 0 ? "" : original.substring(dot);
        return NEUTRAL_NAME + (index + 1) + (ext.matches("\\.[A-Za-z0-9]{1,8}") ? ext : "");
    }

    /** A name usable as one path element of the archive: no separators, no "..", no control characters. */
    static String safe(String name) {
        String s = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return s.isEmpty() || s.chars().allMatch(c -> c == '.') ? "_" : s;
    }
}
