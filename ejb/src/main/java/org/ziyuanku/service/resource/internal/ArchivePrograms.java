package org.ziyuanku.service.resource.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ziyuanku.infrastructure.media.ArchiveInspector;
import org.ziyuanku.infrastructure.media.ArchiveLimits;
import org.ziyuanku.infrastructure.media.ArchiveRejectedException;
import org.ziyuanku.infrastructure.media.MediaProbe;
import org.ziyuanku.infrastructure.media.MediaRejectedException;
import org.ziyuanku.infrastructure.storage.TempFolders;
import org.ziyuanku.service.resource.ResourceRefusedException;

/**
 * The rule for programs and scripts inside a zip uploaded as one resource, the same as for the files of a bulk upload
 * ({@link MediaProbe#programType}): the zip is extracted into a scratch folder (with the bomb and traversal checks of
 * {@link ArchiveInspector}) and each file is looked at by content and by name; zips inside are looked into the same
 * way, up to {@value #MAX_DEPTH} levels. Only a virtual simulation package may hold browser scripts (JavaScript), as
 * it plays in a sandbox. The scratch folder is always deleted.
 */
@ApplicationScoped
public class ArchivePrograms {

    /** How deep zips inside zips are looked into; one deeper is refused. */
    static final int MAX_DEPTH = 3;

    @Inject
    private ArchiveInspector archives;

    @Inject
    private MediaProbe probe;

    /**
     * Refuses the zip if it holds a program or script anywhere.
     *
     * @throws ResourceRefusedException {@code resource.refused.executable} naming the file inside and its type (as the
     *         bulk upload refuses it), {@code resource.refused.archive.*} for an unsafe archive or one nested too deep
     */
    public void refuseFoundIn(Path zip, boolean simulation) {
        check(zip, simulation, "", 1);
    }

    private void check(Path zip, boolean simulation, String prefix, int depth) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory(zip.toAbsolutePath().getParent(), "scan-");
            archives.extract(zip, folder, ArchiveLimits.DEFAULT);
            for (Path file : files(folder)) {
                String name = prefix + folder.relativize(file).toString().replace('\\', '/');
                checkFile(file, name, simulation, depth);
            }
        } catch (ArchiveRejectedException e) {
            throw ResourceIngest.refusal(e);
        } catch (IOException | UncheckedIOException e) {
            throw new ResourceRefusedException("resource.refused.storage");
        } finally {
            TempFolders.delete(folder);
        }
    }

    private void checkFile(Path file, String name, boolean simulation, int depth) {
        try {
            Optional<String> program = probe.programType(file, name, simulation);
            if (program.isPresent()) {
                throw new ResourceRefusedException("resource.refused.executable", name, program.get());
            }
            if (probe.isZip(file)) {
                if (depth >= MAX_DEPTH) {
                    throw new ResourceRefusedException("resource.refused.archive.nested", name);
                }
                check(file, false, name + "/", depth + 1);
            }
        } catch (MediaRejectedException e) {
            throw new ResourceRefusedException("resource.refused.unreadable", name, "");
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList();
        }
    }
}
