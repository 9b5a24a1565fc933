package org.ziyuanku.service.exam;

import java.util.Locale;
import org.ziyuanku.service.system.RefusedException;

/** Which format a file name tells, and the names and media types of the files the bank writes. */
public final class QuestionFileFormats {

    private QuestionFileFormats() {
    }

    /**
     * The format of a file by its extension: .xlsx Excel, .docx Word, .xml Moodle XML, .gift or .txt GIFT, .zip QTI.
     *
     * @throws QuestionFileRefusedException (unsupported type) for any other name
     */
    public static QuestionFileFormat ofFilename(String filename) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return switch (extension) {
            case "xlsx" -> QuestionFileFormat.EXCEL;
            case "docx" -> QuestionFileFormat.WORD;
            case "xml" -> QuestionFileFormat.MOODLE_XML;
            case "gift", "txt" -> QuestionFileFormat.GIFT;
            case "zip" -> QuestionFileFormat.QTI;
            default -> throw new QuestionFileRefusedException(RefusedException.Kind.UNSUPPORTED_TYPE,
                    "exam.transfer.unknownFormat", filename == null ? "" : filename);
        };
    }

    static QuestionExportFile exportFile(QuestionFileFormat format, String baseName, byte[] content) {
        return switch (format) {
            case EXCEL -> new QuestionExportFile(baseName + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content);
            case MOODLE_XML -> new QuestionExportFile(baseName + ".moodle.xml", "application/xml", content);
            case QTI -> new QuestionExportFile(baseName + ".qti3.zip", "application/zip", content);
            default -> throw new QuestionFileRefusedException(RefusedException.Kind.UNSUPPORTED_TYPE,
                    "exam.transfer.exportUnsupported", format.name());
        };
    }
}
