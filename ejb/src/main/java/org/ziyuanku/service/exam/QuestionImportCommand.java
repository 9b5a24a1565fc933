package org.ziyuanku.service.exam;

/**
 * An import into a library's question bank: the file's format (null: told by the file name), whether one problem
 * keeps every question out (all-or-nothing), and the file's name for the audit record.
 */
public record QuestionImportCommand(long libraryId, QuestionFileFormat format, boolean allOrNothing,
        String filename) {
}
