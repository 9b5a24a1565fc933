package org.ziyuanku.service.exam;

/** What became of one question of an import file. */
public enum QuestionImportOutcome {
    /** Stored (or, when the import was all-or-nothing and failed, would have been). */
    ACCEPTED,
    /** Not stored: the file's question could not be read or broke a rule of the bank. */
    REJECTED,
    /** Not stored: the library (or an earlier question of the same file) holds the same question already. */
    DUPLICATE
}
