package org.ziyuanku.service.exam;

import java.util.List;

/** Writes questions in one export format; reading the result back with the same format gives the same drafts. */
public interface QuestionFileWriter {

    QuestionFileFormat format();

    byte[] write(String categoryName, List<QuestionDraft> questions);
}
