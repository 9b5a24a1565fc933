package org.ziyuanku.service.exam.internal.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.ziyuanku.service.exam.QuestionFileRefusedException;
import org.ziyuanku.service.system.RefusedException.Kind;

/** The limits every import format keeps, and the refusals of a whole file. */
public final class Bounds {

    /** A file is read up to this size. */
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;
    /** At most this many questions in one file. */
    public static final int MAX_QUESTIONS = 2_000;
    /** One image at most this large. */
    public static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;
    /** A zip (package, .xlsx, .docx) with at most this many entries. */
    public static final int MAX_ZIP_ENTRIES = 500;
    /** A zip uncompressing to at most this many bytes in all. */
    public static final long MAX_UNCOMPRESSED = 100L * 1024 * 1024;

    static final String FILE = "exam.import.file.";
    static final String PROBLEM = "exam.import.problem.";

    private Bounds() {
    }

    /** The whole file, refused when it is larger than {@link #MAX_FILE_BYTES} or empty. */
    static byte[] readFile(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw new QuestionFileRefusedException(Kind.INVALID, FILE + "empty");
        }
        return bytes;
    }

    static QuestionFileRefusedException tooLarge() {
        return new QuestionFileRefusedException(Kind.TOO_LARGE, FILE + "tooLarge",
                Integer.toString(MAX_FILE_BYTES / (1024 * 1024)));
    }

    static QuestionFileRefusedException malformed() {
        return new QuestionFileRefusedException(Kind.INVALID, FILE + "malformed");
    }

    static QuestionFileRefusedException wrongFormat() {
        return new QuestionFileRefusedException(Kind.UNSUPPORTED_TYPE, FILE + "wrongFormat");
    }

    static QuestionFileRefusedException unsafe() {
        return new QuestionFileRefusedException(Kind.INVALID, FILE + "unsafe");
    }

    /** Refuses a file with more than {@link #MAX_QUESTIONS} questions. */
    static void checkCount(int questions) {
        if (questions > MAX_QUESTIONS) {
            throw new QuestionFileRefusedException(Kind.TOO_LARGE, FILE + "tooManyQuestions",
                    Integer.toString(MAX_QUESTIONS));
        }
    }

    /** Refuses an image over {@link #MAX_IMAGE_BYTES}. */
    static void checkImage(String name, int size) {
        if (size > MAX_IMAGE_BYTES) {
            throw new QuestionFileRefusedException(Kind.TOO_LARGE, FILE + "imageTooLarge", name,
                    Integer.toString(MAX_IMAGE_BYTES / (1024 * 1024)));
        }
    }

    static QuestionFileRefusedException zipTooLarge() {
        return new QuestionFileRefusedException(Kind.TOO_LARGE, FILE + "zipTooLarge",
                Integer.toString(MAX_ZIP_ENTRIES), Long.toString(MAX_UNCOMPRESSED / (1024 * 1024)));
    }
}
