package org.ziyuanku.infrastructure.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.tika.mime.MediaType;

/**
 * Sharpens three answers of Tika's detection from the first bytes of a file, by content alone:
 * <ul>
 * <li>video/quicktime, Tika's answer for every ISO media file whose major brand it does not list (ffmpeg and most
 * phones write {@code isom}): video/mp4 unless the {@code ftyp} box names QuickTime ({@code qt  });</li>
 * <li>application/ogg: the codec of the first logical stream (Theora video, or Vorbis, Opus, Speex, FLAC audio);</li>
 * <li>application/octet-stream: text/plain when the head is text in GB18030 (a superset of GBK), the encoding of
 * Chinese Windows' Notepad, which Tika does not recognise as text.</li>
 * </ul>
 */
final class ContentSniffer {

    static final MediaType QUICKTIME = MediaType.parse("video/quicktime");
    static final MediaType MP4 = MediaType.video("mp4");
    static final MediaType OGG = MediaType.application("ogg");

    private static final int HEAD_BYTES = 8192;
    private static final int MAX_CHAR_BYTES = 4;
    private static final Charset GB18030 = Charset.forName("GB18030");

    MediaType refine(MediaType detected, Path file) throws IOException {
        MediaType base = detected.getBaseType();
        if (!base.equals(QUICKTIME) && !base.equals(OGG) && !base.equals(MediaType.OCTET_STREAM)) {
            return detected;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        if (base.equals(QUICKTIME)) {
            return isoMedia(head, detected);
        }
        if (base.equals(OGG)) {
            return oggCodec(head, detected);
        }
        return isGb18030Text(head, head.length == HEAD_BYTES) ? MediaType.TEXT_PLAIN : detected;
    }

    private static MediaType isoMedia(byte[] head, MediaType detected) {
        if (head.length < 12 || !ascii(head, 4, "ftyp")) {
            return detected;
        }
        return ascii(head, 8, "qt  ") ? detected : MP4;
    }

    /** An Ogg page header is 27 bytes and a segment table; the first packet names the codec. */
    private static MediaType oggCodec(byte[] head, MediaType detected) {
        if (head.length < 28 || !ascii(head, 0, "OggS")) {
            return detected;
        }
        int packet = 27 + (head[26] & 0xFF);
        if (ascii(head, packet, "\u0080theora")) {
            return MediaType.video("ogg");
        }
        if (ascii(head, packet, "\u0001vorbis")) {
            return MediaType.audio("vorbis");
        }
        if (ascii(head, packet, "OpusHead")) {
            return MediaType.audio("opus");
        }
        if (ascii(head, packet, "Speex   ") || ascii(head, packet, "\u007fFLAC")) {
            return MediaType.audio("ogg");
        }
        return detected;
    }

    /** Latin-1 comparison, so that the 0x80 of Theora's signature is one byte. */
    private static boolean ascii(byte[] bytes, int offset, String expected) {
        byte[] wanted = expected.getBytes(StandardCharsets.ISO_8859_1);
        return offset >= 0 && offset + wanted.length <= bytes.length
                && Arrays.equals(bytes, offset, offset + wanted.length, wanted, 0, wanted.length);
    }

    /**
     * No control bytes other than tab, line breaks, form feed and escape, and a strict GB18030 decoding; when the
     * head was cut, its last character may be incomplete.
     */
    static boolean isGb18030Text(byte[] head, boolean cut) {
        if (head.length == 0) {
            return false;
        }
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                return false;
            }
        }
        int tries = cut ? MAX_CHAR_BYTES : 1;
        for (int drop = 0; drop < tries && drop < head.length; drop++) {
            if (decodes(head, head.length - drop)) {
                return true;
            }
        }
        return false;
    }

    private static boolean decodes(byte[] bytes, int length) {
        try {
            GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
