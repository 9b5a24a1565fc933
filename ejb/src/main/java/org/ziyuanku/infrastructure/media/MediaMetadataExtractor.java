package org.ziyuanku.infrastructure.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.Property;
import org.apache.tika.metadata.TIFF;
import org.apache.tika.metadata.XMPDM;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;
import org.ziyuanku.domain.resource.ResourceKind;

/**
 * Reads plain text (documents only) and technical metadata of an accepted file with Tika's AutoDetectParser, told
 * the type already detected. Embedded documents (pictures in a slide, attachments) are not parsed. A parser failure
 * is logged and leaves the values unknown: it never refuses the file.
 */
final class MediaMetadataExtractor {

    /** What the parsers found; any number may be null. */
    record Extracted(Integer pageCount, Integer durationSeconds, Integer width, Integer height, String text) {
    }

    private static final Logger LOG = Logger.getLogger(MediaMetadataExtractor.class.getName());

    private final TikaConfig config;
    private final int textLimit;

    MediaMetadataExtractor(TikaConfig config, int textLimit) {
        this.config = config;
        this.textLimit = textLimit;
    }

    Extracted extract(Path file, MediaType type, ResourceKind kind) {
        Metadata metadata = new Metadata();
        boolean document = kind == ResourceKind.DOCUMENT;
        ContentHandler handler = document ? new BodyContentHandler(textLimit) : new DefaultHandler();
        parse(file, type, handler, metadata);
        boolean visual = kind == ResourceKind.IMAGE || kind == ResourceKind.ANIMATION || kind == ResourceKind.VIDEO;
        boolean timed = kind == ResourceKind.AUDIO || kind == ResourceKind.VIDEO;
        return new Extracted(
                document ? pageCount(metadata) : null,
                timed ? duration(file, type, metadata) : null,
                visual ? integer(metadata, TIFF.IMAGE_WIDTH, "width") : null,
                visual ? integer(metadata, TIFF.IMAGE_LENGTH, "height") : null,
                document ? handler.toString().strip() : "");
    }

    private void parse(Path file, MediaType type, ContentHandler handler, Metadata metadata) {
        AutoDetectParser parser = new AutoDetectParser(config);
        parser.setDetector((input, ignored) -> type);
        ParseContext context = new ParseContext();
        context.set(EmbeddedDocumentExtractor.class, new SkipEmbedded());
        try (TikaInputStream in = TikaInputStream.get(file)) {
            parser.parse(in, handler, metadata, context);
        } catch (IOException | SAXException | TikaException | RuntimeException | LinkageError e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                LOG.info(() -> "No metadata from " + type + " file " + file.getFileName() + ": " + e);
                LOG.log(Level.FINE, "Parser failure", e);
            }
        }
    }

    private static Integer pageCount(Metadata metadata) {
        Integer pages = integer(metadata, PagedText.N_PAGES, null);
        if (pages == null) {
            pages = integer(metadata, Office.PAGE_COUNT, null);
        }
        return pages != null ? pages : integer(metadata, Office.SLIDE_COUNT, null);
    }

    /** Seconds, rounded, at least 1 for any positive duration; WAV files are measured with Java Sound. */
    private static Integer duration(Path file, MediaType type, Metadata metadata) {
        Double seconds = decimal(metadata.get(XMPDM.DURATION));
        if (seconds == null && MediaTypeRules.WAVE.equals(type.getBaseType())) {
            seconds = waveSeconds(file);
        }
        if (seconds == null || seconds.isNaN() || seconds <= 0) {
            return null;
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(seconds)));
    }

    private static Double waveSeconds(Path file) {
        try {
            AudioFileFormat format = AudioSystem.getAudioFileFormat(file.toFile());
            float frameRate = format.getFormat().getFrameRate();
            long frames = format.getFrameLength();
            return frameRate > 0 && frames > 0 ? frames / (double) frameRate : null;
        } catch (UnsupportedAudioFileException | IOException e) {
            LOG.log(Level.FINE, e, () -> "No duration for WAV file " + file.getFileName());
            return null;
        }
    }

    /** A positive whole number from the property, else from the plain key (which may read "160 pixels"). */
    private static Integer integer(Metadata metadata, Property property, String fallbackKey) {
        Double value = decimal(metadata.get(property));
        if (value == null && fallbackKey != null) {
            value = decimal(metadata.get(fallbackKey));
        }
        return value == null || value <= 0 || value > Integer.MAX_VALUE ? null : (int) Math.round(value);
    }

    private static Double decimal(String value) {
        if (value == null) {
            return null;
        }
        String number = value.strip().split("\\s+", 2)[0];
        try {
            return Double.valueOf(number);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Embedded documents stay unparsed: less work, less attack surface, and no text but the document's own. */
    private static final class SkipEmbedded implements EmbeddedDocumentExtractor {

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never asked: shouldParseEmbedded is false
        }
    }
}
