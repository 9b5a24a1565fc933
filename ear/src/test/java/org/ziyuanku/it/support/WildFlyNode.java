package org.ziyuanku.it.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One WildFly node started from this build's provisioned server with its own base directory (configuration copy,
 * the EAR in its deployments folder), a port offset and JGroups TCPPING ports, against the test database; HTTPS and
 * the cluster's encryption with the test run's TLS files ({@link TestTls}).
 */
public final class WildFlyNode implements AutoCloseable {

    private static final Path SERVER = Path.of(System.getProperty("jboss.home"));
    private static final Path BUILD = Path.of(System.getProperty("zyk.build.dir"));

    private final String name;
    private final int portOffset;
    private final List<String> arguments = new ArrayList<>();
    private final Path baseDir;
    private Process process;

    /**
     * @param jgroupsPorts the JGroups TCP ports of both cluster members (7600 + each member's offset)
     * @param dbPort       the PostgreSQL port this node uses
     */
    public WildFlyNode(String name, int portOffset, int[] jgroupsPorts, int dbPort, String dbName) {
        this.name = name;
        this.portOffset = portOffset;
        this.baseDir = BUILD.resolve("nodes").resolve(name);
        arguments.addAll(List.of("-b", "127.0.0.1", "-bmanagement", "127.0.0.1", "-bprivate", "127.0.0.1",
                "-Djboss.server.base.dir=" + baseDir, "-Djboss.node.name=" + name, "-Djboss.tx.node.id=" + name,
                "-Djboss.socket.binding.port-offset=" + portOffset,
                "-Djgroups.node1.port=" + jgroupsPorts[0], "-Djgroups.node2.port=" + jgroupsPorts[1],
                "-Dzyk.db.port=" + dbPort, "-Dzyk.db.name=" + dbName,
                "-Dzyk.oidc.provider.url=" + TestKeycloak.REALM_URL,
                "-Dzyk.db.host=" + System.getProperty("zyk.test.db.host", "127.0.0.1"),
                "-Dzyk.db.user=" + System.getProperty("zyk.test.db.user", "ziyuanku"),
                "-Dzyk.db.password=" + System.getProperty("zyk.test.db.password", "ziyuanku")));
        arguments.addAll(TestTls.wildFlyArguments());
    }

    public String baseUrl() {
        return "https://127.0.0.1:" + httpsPort();
    }

    public int httpsPort() {
        return 8443 + portOffset;
    }

    /** Starts the node and waits until the platform's health check answers 200. */
    public WildFlyNode start() {
        prepareBaseDir();
        List<String> command = new ArrayList<>();
        command.add(SERVER.resolve("bin/standalone.sh").toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(baseDir.resolve("console.log").toFile());
        builder.environment().put("JBOSS_JAVA_SIZING", "-Xms128m -Xmx768m");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Http.awaitStatus(baseUrl() + "/api/v1/health", 200, Duration.ofSeconds(180))) {
            close();
            throw new IllegalStateException(name + " did not become healthy; see " + baseDir.resolve("console.log"));
        }
        return this;
    }

    private void prepareBaseDir() {
        try {
            if (Files.exists(baseDir)) {
                try (Stream<Path> paths = Files.walk(baseDir)) {
                    paths.sorted((a, b) -> b.compareTo(a)).map(Path::toFile).forEach(File::delete);
                }
            }
            Path configuration = baseDir.resolve("configuration");
            Path source = SERVER.resolve("standalone/configuration");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path target = configuration.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Path deployments = Files.createDirectories(baseDir.resolve("deployments"));
            Path ear = Path.of(System.getProperty("zyk.ear"));
            Files.copy(ear, deployments.resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stops the node (SIGTERM to the JVM, then to the launcher) and waits for the JVM to exit. The JVM is looked up
     * before the signals: {@code standalone.sh} runs it in the foreground without a trap, so SIGTERM ends the script at
     * once and the JVM, still shutting down (answering 500, then 404), is no longer among the script's descendants.
     */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> launched = process.descendants().toList();
        launched.forEach(ProcessHandle::destroy);
        process.destroy();
        launched.forEach(p -> p.onExit().orTimeout(60, TimeUnit.SECONDS).join());
        process.onExit().orTimeout(60, TimeUnit.SECONDS).join();
        process = null;
    }
}
