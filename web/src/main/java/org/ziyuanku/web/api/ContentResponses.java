package org.ziyuanku.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.ziyuanku.service.resource.ResourceContent;
import org.ziyuanku.service.review.SubjectContent;
import org.ziyuanku.service.teaching.SubmissionArchiveEntry;
import org.ziyuanku.service.teaching.SubmissionFileContent;
import org.ziyuanku.service.resource.ResourcePackageEntry;

/**
 * Streams a resource's file: whole (200) or one byte range (206, so video and audio can seek), never read into
 * memory; 416 for a range beyond the end. A Content-Security-Policy keeps anything in it from running as the platform.
 */
public final class ContentResponses {

    private static final int BUFFER = 64 * 1024;
    /**
     * Nothing in served content may run as the platform. PDF is left out: Chromium shows it in its own viewer only
     * outside a sandbox (the in-page preview would go blank), that viewer does not run the document's scripts as the
     * page, and uploads refuse PDFs with JavaScript or other active content ({@code MediaProbe}).
     */
    private static final String SANDBOX = "sandbox; default-src 'none'; img-src 'self'; media-src 'self';"
            + " style-src 'unsafe-inline'";

    private ContentResponses() {
    }

    /** The response for a reviewed subject's {@code content}, inline or as an attachment, as for a resource's. */
    public static Response of(SubjectContent content, String rangeHeader, boolean attachment) {
        return of(new ResourceContent(content.subjectId(), content.file(), content.mediaType(), content.sizeBytes(),
                content.sha256(), content.downloadName(), content.downloadRequiresLogin()), rangeHeader, attachment);
    }

    /**
     * A homework file, always as an attachment under its download name, never sniffed and never kept by a cache (it
     * is personal work, shown only to those allowed to see it).
     */
    public static Response of(SubmissionFileContent content, String rangeHeader) {
        Response r = of(new ResourceContent(content.submissionId(), content.file(), content.mediaType(),
                content.sizeBytes(), content.sha256(), content.downloadName(), true), rangeHeader, true);
        return personal(Response.fromResponse(r)).build();
    }

    /** A homework's files as one zip, its entries named as given (a folder per learner), never cached. */
    public static Response submissionZip(List<SubmissionArchiveEntry> entries, String zipName) {
        StreamingOutput body = out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                for (SubmissionArchiveEntry entry : entries) {
                    zipEntry(zip, entry.name(), entry.file(), entry.sizeBytes());
                }
            }
        };
        return personal(Response.ok(body, "application/zip").header("Content-Disposition", disposition(zipName, true))
                .header("Content-Security-Policy", SANDBOX)).build();
    }

    private static Response.ResponseBuilder personal(Response.ResponseBuilder response) {
        return response.header("X-Content-Type-Options", "nosniff").header("Cache-Control", "private, no-store");
    }

    /** The response for {@code content}, as an attachment (download) or inline (preview and playback). */
    public static Response of(ResourceContent content, String rangeHeader, boolean attachment) {
        long size = content.sizeBytes();
        Optional<ByteRange> range;
        try {
            range = ByteRange.parse(rangeHeader, size);
        } catch (ByteRange.Unsatisfiable e) {
            return Response.status(416).header("Content-Range", "bytes */" + size).build();
        }
        long first = range.map(ByteRange::first).orElse(0L);
        long length = range.map(ByteRange::length).orElse(size);
        Response.ResponseBuilder response = Response.status(range.isPresent() ? 206 : 200)
                .entity(body(content, first, length)).type(content.mediaType())
                .header("Accept-Ranges", "bytes").header("Content-Length", length)
                .header("ETag", "\"" + content.sha256() + "\"")
                .header("Content-Disposition", disposition(content.downloadName(), attachment));
        range.ifPresent(r -> response.header("Content-Range", r.contentRange(size)));
        if (!"application/pdf".equals(content.mediaType())) {
            response.header("Content-Security-Policy", SANDBOX);
        }
        return response.build();
    }

    /** One zip of the contents, streamed file by file; entries are named {@code <id>-<file name>} so none collide. */
    public static Response zip(List<ResourceContent> contents, String zipName) {
        StreamingOutput body = out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                for (ResourceContent content : contents) {
                    zipEntry(zip, content.resourceId() + "-" + content.downloadName(), content.file(),
                            content.sizeBytes());
                }
            }
        };
        return Response.ok(body, "application/zip").header("Content-Disposition", disposition(zipName, true))
                .header("Content-Security-Policy", SANDBOX).build();
    }

    /**
     * One file of a virtual simulation package. Its scripts run, but in a sandbox without the platform's origin
     * ({@code sandbox allow-scripts}, no {@code allow-same-origin}): they cannot read the platform's cookies or call
     * its API as the visitor.
     */
    public static Response packageEntry(ResourcePackageEntry entry) {
        StreamingOutput body = out -> {
            try (ZipFile zip = new ZipFile(entry.zip().toFile())) {
                ZipEntry found = zip.getEntry(entry.entryName());
                try (InputStream in = zip.getInputStream(found)) {
                    copy(in, out, entry.sizeBytes());
                }
            }
        };
        return Response.ok(body, entry.mediaType()).header("Content-Length", entry.sizeBytes())
                .header("Content-Security-Policy", "sandbox allow-scripts; default-src 'self' 'unsafe-inline'"
                        + " 'unsafe-eval' data: blob:")
                .build();
    }

    private static void zipEntry(ZipOutputStream zip, String name, Path file, long size)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        try (InputStream in = Files.newInputStream(file)) {
            copy(in, zip, size);
        }
        zip.closeEntry();
    }

    private static StreamingOutput body(ResourceContent content, long first, long length) {
        return out -> {
            try (FileChannel channel = FileChannel.open(content.file(), StandardOpenOption.READ)) {
                channel.position(first);
                copy(Channels.newInputStream(channel), out, length);
            }
        };
    }

    private static void copy(InputStream in, OutputStream out, long length) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long left = length;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private static String disposition(String filename, boolean attachment) {
        String safe = filename == null || filename.isBlank() ? "resource" : filename;
        String encoded = URLEncoder.encode(safe, StandardCharsets.UTF_8).replace("+", "%20");
        String ascii = safe.replaceAll("[^A-Za-z0-9._-]", "_");
        return (attachment ? "attachment" : "inline") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
