package org.ziyuanku.service.dictionary;

import org.ziyuanku.service.system.RefusedException;

/** A change of the data dictionary that breaks a rule: a FIXED list, a bad code or label, a code taken. */
public class DictionaryRefusedException extends RefusedException {

    private static final long serialVersionUID = 1L;

    private final Kind kind;

    public DictionaryRefusedException(Kind kind, String reasonKey, String... reasonArgs) {
        super(reasonKey, reasonArgs);
        this.kind = kind;
    }

    /** The refusal of a list that does not exist. */
    public static DictionaryRefusedException noList(String listCode) {
        return new DictionaryRefusedException(Kind.NOT_FOUND, "dictionary.refused.noList", String.valueOf(listCode));
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
