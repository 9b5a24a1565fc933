package org.ziyuanku.infrastructure.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removing working folders (extracted archives, conversion folders) once their work is done. */
public final class TempFolders {

    private TempFolders() {
    }

    /** Deletes the folder and everything in it; null or missing is fine. Returns whether it is gone. */
    public static boolean delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return true;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            return false;
        }
        return !Files.exists(folder);
    }
}
