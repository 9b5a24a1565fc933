package org.ziyuanku.infrastructure.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backup generations on temporary folders: pg_dump is a stand-in script that writes the file it is given and insists
 * on the password in PGPASSWORD; the blob store holds content-addressed files and a staging file.
 */
class GenerationWriterTest {

    private static final LocalDateTime T0 = LocalDateTime.of(2026, 12, 5, 1, 30);
    private static final DatabaseTarget DB = new DatabaseTarget("127.0.0.1", "5432", "zyk", "zyk", "s3cret pass");

    @TempDir
    Path temp;

    private Path blobs;
    private Path backups;
    private Path pgDump;

    @BeforeEach
    void folders() throws IOException {
        blobs = Files.createDirectories(temp.resolve("blobs"));
        backups = temp.resolve("backups");
        pgDump = script("pg_dump", "for a; do case \"$a\" in --file=*) f=\"${a#--file=}\";; esac; done\n"
                + "[ \"$PGPASSWORD\" = 's3cret pass' ] || { echo 'no password' >&2; exit 3; }\n"
                + "printf 'PGDMP dump of %s' \"$*\" > \"$f\"\n");
        Files.createDirectories(blobs.resolve("staging"));
        Files.writeString(blobs.resolve("staging/upload-1.part"), "half an upload");
    }

    @Test
    void firstGeneration_copiesEveryBlob_andTheManifestMatchesEveryFile() throws Exception {
        String a = blob("first");
        String b = blob("second");
        GenerationResult result = GenerationWriter.write(settings(7), T0);
        assertEquals(2, result.blobsCopied());
        assertEquals(0, result.blobsLinked());
        Map<String, ManifestEntry> manifest = BackupManifest.read(result.generation());
        assertEquals(List.of("blobs/" + path(a), "blobs/" + path(b), "database.dump").stream().sorted().toList(),
                manifest.keySet().stream().sorted().toList(), "staging files are left out");
        assertEquals(List.of(), BackupManifest.verify(result.generation()));
        assertEquals(BackupManifest.sha256(result.generation().resolve(BackupManifest.FILE)), result.manifestSha256());
        assertFalse(Files.readString(result.generation().resolve("database.dump")).contains("s3cret"),
                "the password is not among pg_dump's arguments");
        assertTrue(result.size() > 0);
    }

    @Test
    void keycloakInProductionMode_isDumpedFromItsOwnDatabase_andInTheManifest() throws Exception {
        DatabaseTarget keycloak = new DatabaseTarget("127.0.0.1", "5432", "keycloak", "keycloak", "s3cret pass");
        BackupSettings settings = new BackupSettings(backups, 7, Duration.ofSeconds(30), pgDump, blobs, DB, null, null,
                keycloak);
        GenerationResult result = GenerationWriter.write(settings, T0);
        Path realm = result.generation().resolve(GenerationWriter.REALM_DUMP);
        assertTrue(Files.readString(realm).contains("--dbname=keycloak --file=" + realm), Files.readString(realm));
        assertTrue(BackupManifest.read(result.generation()).containsKey(GenerationWriter.REALM_DUMP));
        assertEquals(List.of(), BackupManifest.verify(result.generation()));
    }

    @Test
    void nextGeneration_linksWhatThePreviousHolds_andCopiesOnlyNewBlobs() throws Exception {
        String a = blob("first");
        GenerationResult first = GenerationWriter.write(settings(7), T0);
        String b = blob("second");
        GenerationResult second = GenerationWriter.write(settings(7), T0.plusDays(1));
        assertEquals(1, second.blobsCopied());
        assertEquals(1, second.blobsLinked());
        assertTrue(Files.isSameFile(first.generation().resolve("blobs/" + path(a)),
                second.generation().resolve("blobs/" + path(a))));
        assertTrue(Files.isRegularFile(second.generation().resolve("blobs/" + path(b))));
        assertEquals(List.of(), BackupManifest.verify(second.generation()));
    }

    @Test
    void verify_namesEveryChangedMissingOrUnlistedFile() throws Exception {
        String a = blob("first");
        Path generation = GenerationWriter.write(settings(7), T0).generation();
        Files.writeString(generation.resolve("blobs/" + path(a)), "tampered");
        Files.delete(generation.resolve("database.dump"));
        Files.writeString(generation.resolve("extra.txt"), "planted");
        assertEquals(List.of("blobs/" + path(a) + ": size differs", "database.dump: missing",
                "extra.txt: not in the manifest"), BackupManifest.verify(generation));
    }

    @Test
    void onlyTheNewestGenerationsStay_andFailedOnesGo() throws Exception {
        blob("first");
        Files.createDirectories(backups.resolve("20261201-013000-000"));
        for (int day = 0; day < 4; day++) {
            GenerationWriter.write(settings(2), T0.plusDays(day));
        }
        try (var left = Files.list(backups)) {
            assertEquals(List.of("20261207-013000-000", "20261208-013000-000"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aDamagedBlob_failsTheRun_andLeavesNoGeneration() throws Exception {
        String a = blob("first");
        Files.writeString(blobs.resolve(path(a)), "bit rot");
        IOException e = assertThrows(IOException.class, () -> GenerationWriter.write(settings(7), T0));
        assertTrue(e.getMessage().contains(a), e.getMessage());
        assertEquals(List.of(), BackupGenerations.complete(backups));
        try (var left = Files.list(backups)) {
            assertEquals(0, left.filter(Files::isDirectory).count());
        }
    }

    @Test
    void aFailingOrHangingPgDump_failsTheRun() throws Exception {
        pgDump = script("pg_dump", "echo 'connection refused' >&2; exit 1\n");
        IOException failed = assertThrows(IOException.class, () -> GenerationWriter.write(settings(7), T0));
        assertTrue(failed.getMessage().contains("connection refused"), failed.getMessage());
        pgDump = script("pg_dump", "exec sleep 30\n");
        BackupSettings quick = new BackupSettings(backups, 7, Duration.ofMillis(500), pgDump, blobs, DB);
        IOException hung = assertThrows(IOException.class, () -> GenerationWriter.write(quick, T0));
        assertTrue(hung.getMessage().contains("did not finish"), hung.getMessage());
    }

    private BackupSettings settings(int keep) {
        return new BackupSettings(backups, keep, Duration.ofSeconds(30), pgDump, blobs, DB);
    }

    private String blob(String content) throws Exception {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        Path file = blobs.resolve(path(sha));
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return sha;
    }

    private static String path(String sha) {
        return sha.substring(0, 2) + "/" + sha.substring(2, 4) + "/" + sha;
    }

    private Path script(String name, String body) throws IOException {
        Path file = temp.resolve(name + "-" + System.nanoTime());
        Files.writeString(file, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
