package org.ziyuanku.service.teaching;

import java.util.List;

/** A learner's (re)submission: the text (may be empty for a FILE homework) and the files. */
public record SubmissionCommand(String text, List<UploadedFile> files) {
}
