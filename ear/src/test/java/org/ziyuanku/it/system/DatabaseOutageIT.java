package org.ziyuanku.it.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.ziyuanku.it.support.Http;
import org.ziyuanku.it.support.LocalPostgres;
import org.ziyuanku.it.support.WildFlyNode;

/**
 * A node with its own PostgreSQL: the health check answers 200 while the database is up, 503 while it is down, and
 * 200 again once it is back, without restarting the node.
 */
class DatabaseOutageIT {

    @Test
    void health_followsTheDatabase_upDownAndUpAgain() {
        Path dir = Path.of(System.getProperty("zyk.build.dir"), "outage-pg");
        try (LocalPostgres db = new LocalPostgres(dir, 55434, "ziyuanku_outage").start();
                WildFlyNode node = new WildFlyNode("outage", 600, new int[] {8200, 8200}, 55434, "ziyuanku_outage")
                        .start()) {
            String health = node.baseUrl() + "/api/v1/health";
            HttpResponse<String> up = Http.get(health);
            assertEquals(200, up.statusCode());
            assertTrue(up.body().contains("\"status\":\"UP\""), up.body());

            db.stop();
            assertTrue(Http.awaitStatus(health, 503, Duration.ofSeconds(30)), "503 while the database is down");
            HttpResponse<String> down = Http.get(health);
            assertTrue(down.body().contains("\"status\":\"DOWN\""), down.body());

            db.start();
            assertTrue(Http.awaitStatus(health, 200, Duration.ofSeconds(60)), "200 once the database is back");
        }
    }
}
