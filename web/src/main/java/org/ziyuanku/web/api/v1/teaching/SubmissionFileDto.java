package org.ziyuanku.web.api.v1.teaching;

import org.ziyuanku.service.teaching.SubmissionFileView;

/** A submitted file: name, detected type, size, SHA-256 of its content. */
public record SubmissionFileDto(String filename, String mediaType, long sizeBytes, String sha256) {

    static SubmissionFileDto of(SubmissionFileView f) {
        return new SubmissionFileDto(f.filename(), f.mediaType(), f.sizeBytes(), f.sha256());
    }
}
