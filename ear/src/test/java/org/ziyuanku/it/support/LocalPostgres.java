package org.ziyuanku.it.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A private PostgreSQL cluster started and stopped through the project's own script ({@code ./zyk pg-start}). */
public final class LocalPostgres implements AutoCloseable {

    private static final Path SCRIPT = Path.of(System.getProperty("zyk.script",
            Path.of(System.getProperty("zyk.build.dir")).resolve("../../zyk").normalize().toString()));

    private final Path dir;
    private final int port;
    private final String database;

    public LocalPostgres(Path dir, int port, String database) {
        this.dir = dir;
        this.port = port;
        this.database = database;
    }

    public LocalPostgres start() {
        run("pg-start", dir.toString(), Integer.toString(port), database);
        return this;
    }

    public void stop() {
        run("pg-stop", dir.toString());
    }

    @Override
    public void close() {
        stop();
    }

    private static void run(String... args) {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).inheritIO().start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("failed: " + command);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
