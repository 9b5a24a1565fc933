package org.ziyuanku.infrastructure.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * media as MP4. The file is then refused, in this order, when it is empty, a program or script (whatever its name),
 * of a type outside the allowed set, named without an extension, or named with an extension of another type (a PDF
 * called .docx, an ELF binary called .mp4). An accepted file gets its resource kind and canonical format, and the
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
        if (rules.isProgram(detected)) {
            throw new MediaRejectedException(MediaRejection.EXECUTABLE, type);
        }
        Allowed allowed = rules.allowed(detected)
                .orElseThrow(() -> new MediaRejectedException(MediaRejection.TYPE_NOT_ALLOWED, type));
        String extension = extension(originalFilename)
                .orElseThrow(() -> new MediaRejectedException(MediaRejection.MISSING_EXTENSION, type));
        MediaType implied = rules.impliedBy(extension);
        if (!rules.fitsExtension(detected, implied)) {
            throw new MediaRejectedException(MediaRejection.EXTENSION_MISMATCH, type);
        }
        Extracted found = extractor.extract(file, detected, allowed.kind());
        return new ProbedMedia(type, allowed.kind(), rules.format(allowed, detected, implied), found.pageCount(),
                found.durationSeconds(), found.width(), found.height(), found.text());
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
