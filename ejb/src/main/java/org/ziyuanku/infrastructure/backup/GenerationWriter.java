package org.ziyuanku.infrastructure.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes one backup generation: the database dump ({@value #DUMP}, first, so every stored file the dump names is
 * already in the blob store), Keycloak's database with the realm ({@value #REALM_DUMP}, pg_dump like the platform's;
 * a development-mode Keycloak's H2 store as {@link KeycloakStore#FILE} instead), the incremental blob copy,
 * the audit archive files ({@link ArchiveMirror}), then the manifest; after that, older generations beyond the
 * number kept are removed. A generation that fails half-way is deleted again.
 */
public final class GenerationWriter {

    /** The database dump's file name in a generation (pg_dump custom format; pg_restore reads it). */
    public static final String DUMP = "database.dump";
    /** Keycloak's database dump in a generation (pg_dump custom format), when Keycloak runs in production mode. */
    public static final String REALM_DUMP = "keycloak/keycloak.dump";
    private static final Logger LOG = Logger.getLogger(GenerationWriter.class.getName());

    private GenerationWriter() {
    }

    /** Writes a generation started at {@code now} as the settings say. */
    public static GenerationResult write(BackupSettings settings, LocalDateTime now)
            throws IOException, InterruptedException {
        Path generation = BackupGenerations.create(settings.directory(), now);
        try {
            Path previous = BackupGenerations.newestComplete(settings.directory(), generation).orElse(null);
            PgDump.dump(settings.pgDump(), settings.database(), generation.resolve(DUMP), settings.timeout());
            if (settings.keycloakDatabase() != null) {
                Path realm = generation.resolve(REALM_DUMP);
                Files.createDirectories(realm.getParent());
                PgDump.dump(settings.pgDump(), settings.keycloakDatabase(), realm, settings.timeout());
            } else if (settings.keycloakHome() != null) {
                KeycloakStore.export(settings.keycloakHome(), generation, settings.timeout());
            } else {
                LOG.warning("Neither zyk.keycloak.db.password nor zyk.keycloak.home is set: the Keycloak realm is not"
                        + " in backup " + generation);
            }
            BlobMirror.Result blobs = BlobMirror.mirror(settings.blobRoot(), previous, generation);
            ArchiveMirror.mirror(settings.archiveDir(), previous, generation);
            String manifestSha = BackupManifest.write(generation, blobs.entries());
            long size = BackupGenerations.size(generation);
            BackupGenerations.prune(settings.directory(), settings.generations(), generation);
            return new GenerationResult(generation, size, manifestSha, blobs.copied(), blobs.linked());
        } catch (IOException | InterruptedException | RuntimeException e) {
            discard(generation);
            throw e;
        }
    }

    private static void discard(Path generation) {
        try {
            BackupGenerations.delete(generation);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove the failed backup generation " + generation, e);
        }
    }
}
