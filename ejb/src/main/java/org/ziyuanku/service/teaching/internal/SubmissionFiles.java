package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.ziyuanku.domain.teaching.SubmissionFile;
import org.ziyuanku.infrastructure.media.MediaProbe;
import org.ziyuanku.infrastructure.media.MediaRejectedException;
import org.ziyuanku.infrastructure.media.ProbedMedia;
import org.ziyuanku.infrastructure.storage.BlobStore;
import org.ziyuanku.infrastructure.storage.BlobTooLargeException;
import org.ziyuanku.infrastructure.storage.StagedBlob;
import org.ziyuanku.service.teaching.AssignmentRefusedException;
import org.ziyuanku.service.teaching.UploadedFile;

/**
 * A homework file takes the resource upload's path: streamed into staging while hashed (at most
 * {@link #MAX_BYTES}), its real type recognised from content by {@link MediaProbe} (a program or script is refused
 * whatever it is called, so is a name whose extension does not fit the content, a PDF with active content, or a type
 * outside the allowed set), then kept under its SHA-256 with a stored_blob row. A refusal keeps nothing.
 */
@ApplicationScoped
public class SubmissionFiles {

    /** The largest homework file: 50 MB. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    @Inject
    private BlobStore blobs;

    @Inject
    private MediaProbe probe;

    @Inject
    private AssignmentRepository repository;

    /** Inspects and keeps the file. @throws AssignmentRefusedException with the resource upload's reason */
    public SubmissionFile keep(UploadedFile upload) {
        return keep(upload, MAX_BYTES);
    }

    /** As {@link #keep(UploadedFile)}, with a smaller bound (a discussion attachment's). */
    public SubmissionFile keep(UploadedFile upload, long maxBytes) {
        String name = upload.filename() == null ? "" : upload.filename().strip();
        if (name.isEmpty() || name.length() > 255) {
            throw new AssignmentRefusedException("teaching.assignment.refused.filename");
        }
        try (StagedBlob staged = blobs.stage(upload.content(), maxBytes)) {
            ProbedMedia media = probe(staged, name);
            repository.claimBlob(staged.sha256(), staged.sizeBytes(), media.mediaType());
            blobs.keep(staged);
            return new SubmissionFile(staged.sha256(), name, media.mediaType(), staged.sizeBytes());
        } catch (BlobTooLargeException e) {
            throw new AssignmentRefusedException(AssignmentRefusedException.FILE_TOO_LARGE,
                    Long.toString(maxBytes / (1024 * 1024)), "");
        } catch (IOException e) {
            throw new AssignmentRefusedException("resource.refused.storage");
        }
    }

    private ProbedMedia probe(StagedBlob staged, String filename) {
        try {
            return probe.probe(staged.file(), filename);
        } catch (MediaRejectedException e) {
            throw new AssignmentRefusedException("resource.refused." + e.getReason().key(), filename,
                    e.getDetectedType() == null ? "" : e.getDetectedType());
        }
    }
}
