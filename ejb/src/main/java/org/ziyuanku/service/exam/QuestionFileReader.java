package org.ziyuanku.service.exam;

import java.io.InputStream;
import java.util.List;

/**
 * Reads the questions of one import format. Implementations are CDI beans of {@code service.exam.internal.transfer},
 * found by {@link #format()}. A file that cannot be read at all (malformed, an external entity or DTD, larger than the
 * bounds, the wrong format) raises {@link QuestionFileRefusedException}; a question that cannot be read becomes a
 * rejected {@link ParsedQuestion} and the others are still read.
 */
public interface QuestionFileReader {

    QuestionFileFormat format();

    List<ParsedQuestion> read(InputStream file);
}
