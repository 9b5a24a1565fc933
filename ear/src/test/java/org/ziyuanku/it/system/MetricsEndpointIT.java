package org.ziyuanku.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.WildFlyNode;

/**
 * The server's metrics (WildFly's metrics layer) are Prometheus text at {@code /metrics} on the management interface
 * (9990 + the port offset; 9990 in production): JVM, HTTP, the datasource pool, the session caches, the
 * sessions of the platform's deployment and the batch thread pool. The public port does not serve them. The node
 * deploys the EAR while it boots, as {@code ./zyk start} does: WildFly registers a subsystem's metrics (here the
 * deployment's session cache) when the server boots, so a deployment added later lacks its cache metrics until the
 * next restart.
 */
class MetricsEndpointIT {

    /** Port offset 700: HTTP 8780, management 10690, JGroups 8300 (docs/operations.md, "Ports and processes"). */
    private static final int OFFSET = 700;
    private static final String MANAGEMENT_METRICS = "http://127.0.0.1:" + (9990 + OFFSET) + "/metrics";

    private static WildFlyNode node;

    @BeforeAll
    static void startNode() {
        int dbPort = Integer.getInteger("zyk.test.db.port", 55433);
        String dbName = System.getProperty("zyk.test.db.name", "ziyuanku_test");
        node = new WildFlyNode("metrics", OFFSET, new int[] {7600 + OFFSET, 7600 + OFFSET}, dbPort, dbName).start();
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void managementInterface_servesJvmHttpPoolCacheSessionAndBatchMetrics_asPrometheusText() {
        assertEquals(200, Http.get(node.baseUrl() + "/api/v1/health").statusCode(), "the platform is up");
        HttpResponse<String> page = Http.get(node.baseUrl() + "/index.xhtml?lang=en");
        assertTrue(page.headers().firstValue("Set-Cookie").orElse("").startsWith("JSESSIONID="), "a session opened");

        HttpResponse<String> metrics = Http.get(MANAGEMENT_METRICS);
        assertEquals(200, metrics.statusCode(), "no authentication asked: the interface is on the admin network only");
        String text = metrics.body();
        assertTrue(text.contains("# TYPE base_memory_usedHeap_bytes gauge"), "Prometheus text format");

        assertTrue(value(text, "base_memory_usedHeap_bytes", "").orElse(0) > 0, "JVM heap in use");
        assertTrue(value(text, "base_thread_count", "").isPresent(), "JVM threads");
        assertTrue(value(text, "wildfly_datasources_pool_max_used_count", "data_source=\"ZiYuanKuDS\"").isPresent(),
                "the platform's connection pool");
        assertTrue(value(text, "wildfly_datasources_pool_available_count", "data_source=\"ZiYuanKuDS\"")
                .orElse(0) > 0, "the pool's free connections");
        assertTrue(value(text, "wildfly_undertow_request_count_total", "http_listener=\"default\"").isPresent(),
                "the HTTP listener's request counter (Undertow statistics on)");
        assertTrue(value(text, "wildfly_undertow_active_sessions", "deployment=\"ziyuanku.ear\"").orElse(0) >= 1,
                "the sessions of the platform's web module");
        assertTrue(anyLine(text, "wildfly_infinispan_", "cache_container=\"web\""), "the session caches (Infinispan)");
        assertTrue(anyLine(text, "wildfly_batch_jberet_", ""), "the batch thread pool (Jakarta Batch)");
    }

    @Test
    void publicPort_doesNotServeMetrics() {
        for (String path : List.of("/metrics", "/metrics/", "/prometheus")) {
            HttpResponse<String> response = Http.get(node.baseUrl() + path);
            assertEquals(404, response.statusCode(), path);
            assertFalse(response.body().contains("base_memory") || response.body().contains("# TYPE"), path);
        }
    }

    /** The value of the first sample of the metric whose labels contain the given text. */
    private static OptionalDouble value(String text, String metric, String labels) {
        return text.lines().filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .filter(line -> line.contains(labels))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst();
    }

    private static boolean anyLine(String text, String prefix, String labels) {
        return text.lines().anyMatch(line -> line.startsWith(prefix) && line.contains(labels));
    }
}
