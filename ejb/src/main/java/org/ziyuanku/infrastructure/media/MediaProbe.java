package org.ziyuanku.infrastructure.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.ziyuanku.infrastructure.media.MediaMetadataExtractor.Extracted;
import org.ziyuanku.infrastructure.media.MediaTypeRules.Allowed;

/**
 * Content inspection of an uploaded teaching resource (资源内容检测), with Apache Tika. The media type is detected
 * from the bytes alone, never from the name: Office Open XML packages as DOCX, PPTX or XLSX rather than ZIP, ISO
 * media as MP4. The file is then refused, in this order, when it is empty, a program or script (by its content
 * whatever its name, or by its name: see {@link #programType}), of a type outside the allowed set, named without an
 * extension, named with an extension of another type (a PDF called .docx, an ELF binary called .mp4), or a PDF with
 * active content (JavaScript, actions run on opening, launched programs, embedded files: {@link PdfActiveContent}). An accepted file gets its resource kind and canonical format, and the
 * text and technical metadata Tika can read; a file Tika cannot parse (a truncated PDF) is accepted without them.
 *
 * <p>Allowed: PDF, DOC(X), PPT(X), XLS(X), plain text and Markdown (documents); PNG, JPEG, WebP (images); GIF
 * (animation); MP4, M4V, WebM, Ogg video, QuickTime, AVI (video); MP3, WAV, Ogg audio, M4A, AAC, FLAC (audio); ZIP
 * (other). SVG and HTML are refused: they can carry script.
 */
@ApplicationScoped
public class MediaProbe {

    /** Documents' text is cut at this many characters. */
    public static final int TEXT_LIMIT = 200_000;

    private final Detector detector;
    private final MediaTypeRules rules;
    private final ContentSniffer sniffer = new ContentSniffer();
    private final MediaMetadataExtractor extractor;

    public MediaProbe() {
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        this.rules = new MediaTypeRules(config.getMimeRepository());
        this.extractor = new MediaMetadataExtractor(config, TEXT_LIMIT);
    }

    /**
     * Inspects a stored upload.
     *
     * @param file             the uploaded bytes
     * @param originalFilename the name the user gave the file; only its extension is used, and only to compare
     * @return the detected type, kind, format, text and metadata
     * @throws MediaRejectedException with the reason, and the detected type once known, if the file is refused
     */
    public ProbedMedia probe(Path file, String originalFilename) {
        MediaType detected = detect(file);
        String type = detected.getBaseType().toString();
        programType(detected, originalFilename, false).ifPresent(program -> {
            throw new MediaRejectedException(MediaRejection.EXECUTABLE, program);
        });
        Allowed allowed = rules.allowed(detected)
                .orElseThrow(() -> new MediaRejectedException(MediaRejection.TYPE_NOT_ALLOWED, type));
        String extension = extension(originalFilename)
                .orElseThrow(() -> new MediaRejectedException(MediaRejection.MISSING_EXTENSION, type));
        MediaType implied = rules.impliedBy(extension);
        if (!rules.fitsExtension(detected, implied)) {
            throw new MediaRejectedException(MediaRejection.EXTENSION_MISMATCH, type);
        }
        if ("pdf".equals(allowed.format())) {
            refuseActiveContent(file, type);
        }
        Extracted found = extractor.extract(file, detected, allowed.kind());
        return new ProbedMedia(type, allowed.kind(), rules.format(allowed, detected, implied), found.pageCount(),
                found.durationSeconds(), found.width(), found.height(), found.text());
    }

    /**
     * The one rule for programs and scripts, for a file uploaded alone and for every file inside an uploaded archive:
     * the program or script type the file is, by its content or by its name's extension (an ELF binary, a shell
     * script, a .bat or .js file); empty for anything else. Browser scripts (JavaScript) pass only where
     * {@code browserScriptsAllowed}: inside a virtual simulation package, which plays in a sandbox.
     *
     * @throws MediaRejectedException {@code UNREADABLE} if the file cannot be read
     */
    public Optional<String> programType(Path file, String name, boolean browserScriptsAllowed) {
        if (isEmpty(file)) {
            return programType(MediaType.OCTET_STREAM, name, browserScriptsAllowed);
        }
        return programType(detect(file), name, browserScriptsAllowed);
    }

    /** Whether the file's content is a plain ZIP archive (not an Office document, not a Java archive). */
    public boolean isZip(Path file) {
        return !isEmpty(file) && rules.canonical(detect(file)).equals(MediaTypeRules.ZIP);
    }

    private Optional<String> programType(MediaType detected, String name, boolean browserScriptsAllowed) {
        Optional<MediaType> named = extension(name).map(rules::impliedBy);
        for (MediaType type : named.isPresent() ? List.of(detected, named.get()) : List.of(
                detected)) {
            if (rules.isProgram(type) && !(browserScriptsAllowed && rules.isBrowserScript(type))) {
                return Optional.of(type.getBaseType().toString());
            }
        }
        return Optional.empty();
    }

    private static void refuseActiveContent(Path file, String type) {
        try {
            if (PdfActiveContent.find(file).isPresent()) {
                throw new MediaRejectedException(MediaRejection.ACTIVE_CONTENT, type);
            }
        } catch (IOException e) {
            throw new MediaRejectedException(MediaRejection.UNREADABLE, type, e);
        }
    }

    private static boolean isEmpty(Path file) {
        try {
            return Files.size(file) == 0;
        } catch (IOException e) {
            throw new MediaRejectedException(MediaRejection.UNREADABLE, null, e);
        }
    }

    private MediaType detect(Path file) {
        try {
            if (Files.size(file) == 0) {
                throw new MediaRejectedException(MediaRejection.EMPTY, null);
            }
            MediaType detected;
            try (TikaInputStream in = TikaInputStream.get(file)) {
                detected = detector.detect(in, new Metadata());
            }
            return rules.canonical(sniffer.refine(detected, file));
        } catch (IOException e) {
            throw new MediaRejectedException(MediaRejection.UNREADABLE, null, e);
        }
    }

    /** The lower-case extension of the last path segment (browsers may send a Windows path), if it has one. */
    static Optional<String> extension(String filename) {
        if (filename == null) {
            return Optional.empty();
        }
        String name = filename.substring(Math.max(filename.lastIndexOf('/'), filename.lastIndexOf('\\')) + 1).strip();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
