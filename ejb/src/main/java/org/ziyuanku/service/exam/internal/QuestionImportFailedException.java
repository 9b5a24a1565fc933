package org.ziyuanku.service.exam.internal;

import org.ziyuanku.service.system.RefusedException;

/**
 * The bank refused a question of an all-or-nothing import: carries its reason and the question's index among those
 * stored, and rolls the whole import back.
 */
public class QuestionImportFailedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    private final int index;

    public QuestionImportFailedException(int index, RefusedException cause) {
        super(cause.getReasonKey(), reasonArgs(cause));
        this.index = index;
        initCause(cause);
    }

    private static String[] reasonArgs(RefusedException cause) {
        Object[] args = cause.getReasonArgs();
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return texts;
    }

    public int getIndex() {
        return index;
    }
}
