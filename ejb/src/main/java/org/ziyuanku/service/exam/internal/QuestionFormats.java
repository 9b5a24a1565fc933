package org.ziyuanku.service.exam.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.ziyuanku.service.exam.QuestionFileFormat;
import org.ziyuanku.service.exam.QuestionFileReader;
import org.ziyuanku.service.exam.QuestionFileRefusedException;
import org.ziyuanku.service.exam.QuestionFileWriter;
import org.ziyuanku.service.exam.internal.transfer.ExcelQuestionTemplate;
import org.ziyuanku.service.system.RefusedException;

/** The readers and writers of the question file formats, found by the format they handle. */
@ApplicationScoped
public class QuestionFormats {

    @Inject
    @Any
    private Instance<QuestionFileReader> readers;

    @Inject
    @Any
    private Instance<QuestionFileWriter> writers;

    @Inject
    private ExcelQuestionTemplate template;

    /** @throws QuestionFileRefusedException (unsupported type) when no reader reads the format */
    public QuestionFileReader reader(QuestionFileFormat format) {
        return readers.stream().filter(r -> r.format() == format).findFirst()
                .orElseThrow(() -> unsupported("exam.transfer.unknownFormat", format));
    }

    /** @throws QuestionFileRefusedException (unsupported type) when no writer writes the format */
    public QuestionFileWriter writer(QuestionFileFormat format) {
        return writers.stream().filter(w -> w.format() == format).findFirst()
                .orElseThrow(() -> unsupported("exam.transfer.exportUnsupported", format));
    }

    public byte[] template() {
        return template.template();
    }

    private static QuestionFileRefusedException unsupported(String key, QuestionFileFormat format) {
        return new QuestionFileRefusedException(RefusedException.Kind.UNSUPPORTED_TYPE, key, format.name());
    }
}
