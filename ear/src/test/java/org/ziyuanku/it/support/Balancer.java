package org.ziyuanku.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy in front of test nodes, configured and started by the project's own script ({@code ./zyk balancer}, the
 * functions {@code ZYK_NODES=2 ./zyk start} uses), with the test run's certificates; stopped on close.
 */
public final class Balancer implements AutoCloseable {

    private static final Path SCRIPT = Path.of(System.getProperty("zyk.script",
            Path.of(System.getProperty("zyk.build.dir")).resolve("../../zyk").normalize().toString()));

    private final Path dir;
    private final int httpsPort;

    private Balancer(Path dir, int httpsPort) {
        this.dir = dir;
        this.httpsPort = httpsPort;
    }

    /** Starts HAProxy on 127.0.0.1:{@code httpsPort} (and {@code httpPort}, which redirects) for the given nodes. */
    public static Balancer start(int httpsPort, int httpPort, WildFlyNode... nodes) {
        Path dir = Path.of(System.getProperty("zyk.build.dir")).resolve("balancer");
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString(), "balancer", dir.toString(),
                Integer.toString(httpsPort), Integer.toString(httpPort), TestTls.dir().toString()));
        for (WildFlyNode node : nodes) {
            command.add(Integer.toString(node.httpsPort()));
        }
        run(command);
        return new Balancer(dir, httpsPort);
    }

    public String baseUrl() {
        return "https://127.0.0.1:" + httpsPort;
    }

    /**
     * Puts a node into the balancer's state {@code maint} (no request goes to it, sticky or not) or back to
     * {@code ready}, through its admin socket as {@code ./zyk node stop|start} does.
     */
    public void nodeState(String node, String state) {
        run(List.of("bash", SCRIPT.toString(), "balancer-command", dir.toString(),
                "set server zyk_nodes/" + node + " state " + state));
    }

    /** The last lines of HAProxy's log (abnormal requests and server state changes), for a failure message. */
    public String logTail(int lines) {
        return LogTail.of(dir.resolve("haproxy.log"), lines, line -> true);
    }

    @Override
    public void close() {
        try {
            long pid = Long.parseLong(Files.readString(dir.resolve("haproxy.pid")).trim());
            ProcessHandle.of(pid).ifPresent(p -> {
                p.destroy();
                p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).inheritIO().start();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("zyk failed: " + command);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
