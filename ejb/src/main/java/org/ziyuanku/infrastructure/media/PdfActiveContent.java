package org.ziyuanku.infrastructure.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Finds active content in a PDF (PDF 活动内容检测), with PDFBox: JavaScript (a {@code /JS} or {@code /JavaScript}
 * entry), actions run without a click ({@code /OpenAction} other than going to a page, {@code /AA} additional
 * actions), actions that start programs, submit or import data ({@code /Launch}, {@code /SubmitForm},
 * {@code /ImportData}, {@code /GoToE}, {@code /RichMediaExecute}) and embedded files ({@code /EmbeddedFiles},
 * {@code /EF}). Every object reachable from the trailer is visited, compressed object streams included, so a name
 * cannot hide in them. A file PDFBox cannot open (damaged, or locked with a password) is searched as raw bytes for the
 * same names instead.
 */
final class PdfActiveContent {

    /** More objects than this are not searched further; the file counts as not checkable. */
    static final int MAX_OBJECTS = 2_000_000;

    private static final COSName GO_TO = COSName.getPDFName("GoTo");
    private static final int CHUNK_BYTES = 1 << 20;
    private static final int OVERLAP = 32;
    private static final Set<String> ACTIVE_KEYS = Set.of("JS", "JavaScript", "AA", "EmbeddedFiles", "EF",
            "RichMedia");
    private static final Set<String> ACTIVE_ACTIONS = Set.of("JavaScript", "Launch", "SubmitForm", "ImportData",
            "GoToE", "RichMediaExecute");
    private static final Pattern RAW_NAMES = Pattern.compile("/(JS|JavaScript|AA|OpenAction|Launch|EmbeddedFiles?"
            + "|EF|RichMedia|SubmitForm|ImportData)(?![A-Za-z0-9#])");

    private PdfActiveContent() {
    }

    /** The first active content found, by its PDF name (e.g. "JavaScript"); empty for a passive PDF. */
    static Optional<String> find(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return search(document.getDocument().getTrailer());
        } catch (IOException e) {
            return rawSearch(pdf);
        }
    }

    private static Optional<String> search(COSDictionary trailer) throws IOException {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> next = new ArrayDeque<>();
        next.push(trailer);
        while (!next.isEmpty()) {
            COSBase item = resolve(next.pop());
            if (item == null || !seen.add(item)) {
                continue;
            }
            if (seen.size() > MAX_OBJECTS) {
                throw new IOException("more than " + MAX_OBJECTS + " objects");
            }
            if (item instanceof COSDictionary dictionary) {
                Optional<String> active = activeIn(dictionary);
                if (active.isPresent()) {
                    return active;
                }
                dictionary.getValues().forEach(next::push);
            } else if (item instanceof COSArray array) {
                array.forEach(next::push);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> activeIn(COSDictionary dictionary) {
        for (COSName key : dictionary.keySet()) {
            if (ACTIVE_KEYS.contains(key.getName())) {
                return Optional.of(key.getName());
            }
        }
        COSBase action = resolve(dictionary.getItem(COSName.S));
        if (action instanceof COSName name && ACTIVE_ACTIONS.contains(name.getName())) {
            return Optional.of(name.getName());
        }
        COSBase open = resolve(dictionary.getItem(COSName.OPEN_ACTION));
        if (open instanceof COSDictionary openAction && !GO_TO.equals(resolve(openAction.getItem(COSName.S)))) {
            return Optional.of("OpenAction");
        }
        return Optional.empty();
    }

    private static COSBase resolve(COSBase item) {
        return item instanceof COSObject reference ? reference.getObject() : item;
    }

    /** The names searched in the bytes as they are, for a file PDFBox cannot open; read in overlapping chunks. */
    private static Optional<String> rawSearch(Path pdf) throws IOException {
        byte[] buffer = new byte[CHUNK_BYTES];
        String carry = "";
        try (InputStream in = Files.newInputStream(pdf)) {
            for (int n = in.readNBytes(buffer, 0, CHUNK_BYTES); n > 0; n = in.readNBytes(buffer, 0, CHUNK_BYTES)) {
                String text = carry + new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
                Matcher m = RAW_NAMES.matcher(text);
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
                carry = text.substring(Math.max(0, text.length() - OVERLAP));
            }
        }
        return Optional.empty();
    }
}
