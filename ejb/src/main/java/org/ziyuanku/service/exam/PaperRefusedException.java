package org.ziyuanku.service.exam;

import org.ziyuanku.service.system.RefusedException;

/**
 * A paper the bank does not take or cannot draw (keys {@code exam.paper.invalid.*}: which rule it breaks, 400), or one
 * the caller may not know of ({@code exam.paper.notFound}: 404, the same for one that does not exist and one of a
 * library the caller does not work in).
 */
public class PaperRefusedException extends RefusedException {

    public static final String NOT_FOUND = "exam.paper.notFound";

    private static final long serialVersionUID = 1L;

    public PaperRefusedException(String reasonKey, String... reasonArgs) {
        super(reasonKey, reasonArgs);
    }

    /** A rule of a paper broken: key {@code exam.paper.invalid.<rule>}. */
    public static PaperRefusedException invalid(String rule, Object... args) {
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new PaperRefusedException("exam.paper.invalid." + rule, texts);
    }

    /** No paper by that id that the caller may know of. */
    public static PaperRefusedException notFound(long id) {
        return new PaperRefusedException(NOT_FOUND, Long.toString(id));
    }

    @Override
    public Kind kind() {
        return NOT_FOUND.equals(getReasonKey()) ? Kind.NOT_FOUND : Kind.INVALID;
    }
}
