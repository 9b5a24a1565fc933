package org.ziyuanku.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.OptionalDouble;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.Http;

/**
 * The server's metrics (WildFly's metrics layer) are Prometheus text at {@code /metrics} on the management interface
 * (port 10290 for Arquillian's server, 9990 in production): JVM, HTTP, the datasource pool, the session caches, the
 * sessions of the platform's deployment and the batch thread pool. The public port does not serve them.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsEndpointIT {

    private static final String MANAGEMENT_METRICS = "http://127.0.0.1:10290/metrics";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void managementInterface_servesJvmHttpPoolCacheSessionAndBatchMetrics_asPrometheusText() {
        assertEquals(200, Http.get(Deployments.BASE_URL + "/api/v1/health").statusCode(), "the platform is up");
        HttpResponse<String> page = Http.get(Deployments.BASE_URL + "/index.xhtml?lang=en");
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
        assertTrue(value(text, "wildfly_undertow_request_count_total", "http_listener=\"default\"").orElse(0) >= 2,
                "HTTP requests counted (Undertow statistics on)");
        assertTrue(value(text, "wildfly_undertow_active_sessions", "deployment=\"ziyuanku.ear\"").orElse(0) >= 1,
                "the sessions of the platform's web module");
        assertTrue(anyLine(text, "wildfly_infinispan_", "cache_container=\"web\""), "the session caches (Infinispan)");
        assertTrue(anyLine(text, "wildfly_batch_jberet_", ""), "the batch thread pool (Jakarta Batch)");
    }

    @Test
    void publicPort_doesNotServeMetrics() {
        for (String path : List.of("/metrics", "/metrics/", "/prometheus")) {
            HttpResponse<String> response = Http.get(Deployments.BASE_URL + path);
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
