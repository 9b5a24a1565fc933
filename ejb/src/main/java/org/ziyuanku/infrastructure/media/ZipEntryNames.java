package org.ziyuanku.infrastructure.media;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * Names of ZIP entries: decoded as UTF-8 when the archive says so (language encoding flag or Info-ZIP Unicode path
 * field) or when the bytes are valid UTF-8, otherwise as GB18030, a superset of the GBK that Chinese Windows writes;
 * checked for escapes from the target folder; and normalised to '/'-separated relative paths.
 */
final class ZipEntryNames {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private ZipEntryNames() {
    }

    static String decode(ZipArchiveEntry entry) {
        byte[] raw = entry.getRawName();
        if (entry.getNameSource() != ZipArchiveEntry.NameSource.NAME || raw == null) {
            return entry.getName();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(raw, GB18030);
        }
    }

    /**
     * Whether the name could leave the target folder or is no name at all: empty, a NUL character, an absolute path
     * ({@code /etc/x}, {@code \\server\x}), a drive letter ({@code C:x}), or a {@code ..} segment with either slash.
     */
    static boolean isUnsafe(String name) {
        String path = name.replace('\\', '/');
        if (path.isEmpty() || path.indexOf('\0') >= 0 || path.startsWith("/") || DRIVE.matcher(path).matches()) {
            return true;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** The '/'-separated relative path of a safe name, without empty or '.' segments; empty for the folder itself. */
    static String normalize(String name) {
        List<String> segments = new ArrayList<>();
        for (String segment : name.replace('\\', '/').split("/")) {
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }

    static boolean isDirectory(String name) {
        return name.endsWith("/") || name.endsWith("\\");
    }
}
