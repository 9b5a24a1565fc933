package org.ziyuanku.web.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ConsoleRoutesTest {

    @Test
    void everyRoute_namesAConsolePageThatExists() {
        ConsoleRoutes.PATHS.forEach((route, path) -> {
            assertTrue(path.startsWith("/console/"), route + " → " + path);
            assertTrue(Files.isRegularFile(Path.of("src/main/webapp" + path)), route + " → missing page " + path);
        });
    }
}
