package org.ziyuanku.infrastructure.media;

import static org.ziyuanku.domain.resource.ResourceKind.ANIMATION;
import static org.ziyuanku.domain.resource.ResourceKind.AUDIO;
import static org.ziyuanku.domain.resource.ResourceKind.DOCUMENT;
import static org.ziyuanku.domain.resource.ResourceKind.IMAGE;
import static org.ziyuanku.domain.resource.ResourceKind.OTHER;
import static org.ziyuanku.domain.resource.ResourceKind.VIDEO;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.ziyuanku.domain.resource.ResourceKind;

/**
 * The rules of {@link MediaProbe}: which detected media types a teaching resource may have (and as what kind and
 * format), which types are programs, and which file-name extensions fit a detected type. Everything else, SVG and
 * HTML included (both can carry script), is not allowed.
 */
final class MediaTypeRules {

    /** An allowed type: the resource kind it makes and its canonical format (lower-case extension). */
    record Allowed(ResourceKind kind, String format) {
    }

    static final MediaType TEXT_PLAIN = MediaType.TEXT_PLAIN;
    static final MediaType MARKDOWN = MediaType.parse("text/markdown");
    static final MediaType WAVE = MediaType.parse("audio/vnd.wave");

    private static final Map<MediaType, Allowed> ALLOWED = allowed();

    /** Programs and scripts, refused whatever the file is called; a type also counts if one of its supertypes does. */
    private static final Set<MediaType> PROGRAMS = types("application/x-elf", "application/x-executable",
            "application/x-sharedlib", "application/x-object", "application/x-coredump", "application/x-msdownload",
            "application/x-dosexec", "application/x-msdos-program", "application/vnd.microsoft.portable-executable",
            "application/x-ms-installer", "application/x-msi", "application/x-ms-application", "application/x-ms-xbap",
            "application/x-mach-o", "application/x-mach-o-universal", "application/x-mach-o-executable",
            "application/x-mach-o-dylib", "application/x-mach-o-bundle", "application/x-java-jnilib",
            "application/java-vm", "application/java-archive", "application/x-java-pack200",
            "application/x-java-jnlp-file", "application/java-serialized-object",
            "application/vnd.android.package-archive", "application/x-apple-diskimage", "application/x-sh",
            "application/x-csh", "application/x-shar", "text/x-shellscript", "application/x-bat", "text/x-python",
            "text/x-perl", "text/x-php", "text/x-vbscript", "text/javascript", "application/javascript",
            "application/ecmascript", "application/x-shockwave-flash");

    /** Scripts a browser runs; inside a virtual simulation package they run in a sandbox. */
    private static final Set<MediaType> BROWSER_SCRIPTS = types("text/javascript", "application/javascript",
            "application/ecmascript");

    static final MediaType ZIP = MediaType.APPLICATION_ZIP;

    /** Types too general to show that a file is what its extension says. */
    private static final Set<MediaType> GENERIC = types("application/octet-stream", "text/plain", "application/xml",
            "application/zip", "application/x-tika-ooxml", "application/x-tika-msoffice");

    /** Container families whose members share extensions: ISO media (MP4, M4A, M4V, MOV), Ogg, Matroska/WebM. */
    private static final Set<MediaType> FAMILIES = types("video/quicktime", "application/ogg",
            "application/x-matroska");

    private final MimeTypes mimeTypes;
    private final MediaTypeRegistry registry;

    MediaTypeRules(MimeTypes mimeTypes) {
        this.mimeTypes = mimeTypes;
        this.registry = mimeTypes.getMediaTypeRegistry();
    }

    private static Map<MediaType, Allowed> allowed() {
        Map<MediaType, Allowed> map = new HashMap<>();
        String ooxml = "application/vnd.openxmlformats-officedocument.";
        put(map, DOCUMENT, "pdf", "application/pdf");
        put(map, DOCUMENT, "doc", "application/msword");
        put(map, DOCUMENT, "docx", ooxml + "wordprocessingml.document");
        put(map, DOCUMENT, "ppt", "application/vnd.ms-powerpoint");
        put(map, DOCUMENT, "pptx", ooxml + "presentationml.presentation");
        put(map, DOCUMENT, "xls", "application/vnd.ms-excel");
        put(map, DOCUMENT, "xlsx", ooxml + "spreadsheetml.sheet");
        put(map, DOCUMENT, "txt", "text/plain");
        put(map, IMAGE, "png", "image/png");
        put(map, IMAGE, "jpg", "image/jpeg");
        put(map, IMAGE, "webp", "image/webp");
        put(map, ANIMATION, "gif", "image/gif");
        put(map, VIDEO, "mp4", "video/mp4");
        put(map, VIDEO, "m4v", "video/x-m4v");
        put(map, VIDEO, "webm", "video/webm");
        put(map, VIDEO, "ogv", "video/ogg", "video/theora");
        put(map, VIDEO, "mov", "video/quicktime");
        put(map, VIDEO, "avi", "video/x-msvideo");
        put(map, AUDIO, "mp3", "audio/mpeg");
        put(map, AUDIO, "wav", "audio/vnd.wave");
        put(map, AUDIO, "ogg", "audio/ogg", "audio/vorbis", "audio/opus", "audio/speex");
        put(map, AUDIO, "m4a", "audio/mp4");
        put(map, AUDIO, "aac", "audio/x-aac");
        put(map, AUDIO, "flac", "audio/x-flac");
        put(map, OTHER, "zip", "application/zip");
        return Map.copyOf(map);
    }

    private static void put(Map<MediaType, Allowed> map, ResourceKind kind, String format, String... types) {
        for (String type : types) {
            map.put(MediaType.parse(type), new Allowed(kind, format));
        }
    }

    private static Set<MediaType> types(String... names) {
        return Stream.of(names).map(MediaType::parse).collect(Collectors.toUnmodifiableSet());
    }

    /** The kind and format of an allowed type; empty when the type is not allowed. */
    Optional<Allowed> allowed(MediaType detected) {
        return Optional.ofNullable(ALLOWED.get(canonical(detected)));
    }

    /** Whether the type, or one of its supertypes, is a program or script. */
    boolean isProgram(MediaType detected) {
        return lineage(detected).stream().anyMatch(PROGRAMS::contains);
    }

    /** Whether the type, or one of its supertypes, is a script that browsers run (JavaScript). */
    boolean isBrowserScript(MediaType detected) {
        return lineage(detected).stream().anyMatch(BROWSER_SCRIPTS::contains);
    }

    /** The type a file name's extension implies by Tika's glob patterns; application/octet-stream if none. */
    MediaType impliedBy(String extension) {
        return canonical(mimeTypes.getMimeType("file." + extension.toLowerCase(Locale.ROOT)).getType());
    }

    /**
     * Whether a file named with the type implied by its extension may hold the detected content: the same type or
     * an alias, a specific supertype of the detected type (.oga for Ogg Vorbis, .mov for MP4), a member of the same
     * container family (.m4v or .m4a for MP4, .ogg for Ogg Theora), or Markdown for plain text.
     */
    boolean fitsExtension(MediaType detected, MediaType implied) {
        MediaType content = canonical(detected);
        MediaType named = canonical(implied);
        if (content.equals(named)) {
            return true;
        }
        if (content.equals(TEXT_PLAIN)) {
            return named.equals(MARKDOWN);
        }
        List<MediaType> contentLine = specificLineage(content);
        List<MediaType> namedLine = specificLineage(named);
        return contentLine.contains(named)
                || FAMILIES.stream().anyMatch(f -> contentLine.contains(f) && namedLine.contains(f));
    }

    /** The canonical format, where the name may refine it: plain text called .md is Markdown. */
    String format(Allowed allowed, MediaType detected, MediaType implied) {
        if (canonical(detected).equals(TEXT_PLAIN) && canonical(implied).equals(MARKDOWN)) {
            return "md";
        }
        return allowed.format();
    }

    MediaType canonical(MediaType type) {
        return registry.normalize(type.getBaseType());
    }

    /** The type and all its supertypes, without parameters. */
    private List<MediaType> lineage(MediaType type) {
        List<MediaType> line = new ArrayList<>();
        for (MediaType t = type; t != null; t = registry.getSupertype(t)) {
            MediaType base = canonical(t);
            if (!line.contains(base)) {
                line.add(base);
            }
        }
        return line;
    }

    private List<MediaType> specificLineage(MediaType type) {
        List<MediaType> line = lineage(type);
        line.removeIf(GENERIC::contains);
        return line;
    }
}
