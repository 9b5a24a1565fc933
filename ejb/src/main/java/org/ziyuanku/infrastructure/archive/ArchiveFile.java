package org.ziyuanku.infrastructure.archive;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An audit archive file: gzip-compressed JSON lines, one audit record per line, oldest first. Written to a temporary
 * name, synced to disk and then moved into place, so a file under its final name is always complete.
 */
public final class ArchiveFile {

    private ArchiveFile() {
    }

    /** Writes the lines as {@code directory/name}; returns the file. */
    public static Path write(Path directory, String name, List<ArchiveLine> lines) throws IOException {
        Files.createDirectories(directory);
        Path part = directory.resolve(name + ".part");
        try (FileOutputStream out = new FileOutputStream(part.toFile());
                GZIPOutputStream gzip = new GZIPOutputStream(out);
                Writer writer = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8))) {
            for (ArchiveLine line : lines) {
                writer.write(json(line));
                writer.write('\n');
            }
            writer.flush();
            gzip.finish();
            out.getFD().sync();
        }
        return Files.move(part, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** Every line of the file, oldest first. */
    public static List<ArchiveLine> read(Path file) throws IOException {
        List<ArchiveLine> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                if (!text.isBlank()) {
                    lines.add(line(text));
                }
            }
        }
        return lines;
    }

    /** The SHA-256 (hex) of the file's bytes. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(ArchiveLine l) {
        return Json.createObjectBuilder().add("id", l.id()).add("occurredAt", l.occurredAt().toString())
                .add("actor", l.actor()).add("actorRoles", l.actorRoles()).add("scope", l.scope())
                .add("sourceIp", l.sourceIp()).add("action", l.action()).add("target", l.target())
                .add("outcome", l.outcome()).add("detail", l.detail()).add("previousHash", l.previousHash())
                .add("recordHash", l.recordHash()).build().toString();
    }

    private static ArchiveLine line(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject o = reader.readObject();
            return new ArchiveLine(o.getJsonNumber("id").longValueExact(),
                    LocalDateTime.parse(o.getString("occurredAt")), o.getString("actor"), o.getString("actorRoles"),
                    o.getString("scope"), o.getString("sourceIp"), o.getString("action"), o.getString("target"),
                    o.getString("outcome"), o.getString("detail"), o.getString("previousHash"),
                    o.getString("recordHash"));
        }
    }
}
