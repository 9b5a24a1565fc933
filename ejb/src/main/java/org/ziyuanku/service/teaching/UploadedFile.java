package org.ziyuanku.service.teaching;

import java.io.InputStream;

/** A file a learner hands in with a submission: the name they gave it and its content, read once. */
public record UploadedFile(String filename, InputStream content) {
}
