package org.ziyuanku.service.exam;

import org.ziyuanku.service.system.RefusedException;

/**
 * An import file that cannot be read at all: malformed, with a DTD or external entity, over the size bounds, or not
 * of the format it was sent as. The key is one of {@code exam.import.file.*}.
 */
public class QuestionFileRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    private final Kind kind;

    public QuestionFileRefusedException(Kind kind, String reasonKey, String... reasonArgs) {
        super(reasonKey, reasonArgs);
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
