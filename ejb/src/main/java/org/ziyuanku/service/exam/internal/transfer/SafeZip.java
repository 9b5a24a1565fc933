package org.ziyuanku.service.exam.internal.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Zip files (QTI packages, and the .xlsx and .docx containers before POI opens them) read within the bounds: at most
 * {@link Bounds#MAX_ZIP_ENTRIES} entries and {@link Bounds#MAX_UNCOMPRESSED} bytes once inflated, counted while
 * inflating (the sizes a zip declares are not trusted), so that a zip bomb is refused before it fills the memory.
 */
final class SafeZip {

    private static final int BUFFER = 64 * 1024;

    private SafeZip() {
    }

    /** Whether the bytes start as a zip file does. */
    static boolean isZip(byte[] bytes) {
        return bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /**
     * The bytes of an Office file (.xlsx, .docx), read within the file bounds and checked as a zip before POI opens
     * it. @throws org.ziyuanku.service.exam.QuestionFileRefusedException for another format or a zip over the bounds
     */
    static byte[] readOfficeFile(InputStream file) {
        byte[] bytes = Bounds.readFile(file);
        if (!isZip(bytes)) {
            throw Bounds.wrongFormat();
        }
        check(bytes);
        return bytes;
    }

    /** Checks the bounds without keeping anything. */
    static void check(byte[] bytes) {
        walk(bytes, false);
    }

    /** The entries (not directories) by their path, in the zip's order. */
    static Map<String, byte[]> entries(byte[] bytes) {
        return walk(bytes, true);
    }

    private static Map<String, byte[]> walk(byte[] bytes, boolean keep) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        int count = 0;
        byte[] buffer = new byte[BUFFER];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++count > Bounds.MAX_ZIP_ENTRIES) {
                    throw Bounds.zipTooLarge();
                }
                ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > Bounds.MAX_UNCOMPRESSED) {
                        throw Bounds.zipTooLarge();
                    }
                    if (out != null) {
                        out.write(buffer, 0, n);
                    }
                }
                if (out != null && !entry.isDirectory()) {
                    entries.put(entry.getName(), out.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw Bounds.malformed();
        }
        if (count == 0) {
            throw Bounds.malformed();
        }
        return entries;
    }
}
