package org.ziyuanku.service.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageRoutesTest {

    private static PageRoutes published() {
        PageRoutes routes = new PageRoutes();
        routes.register(Map.of("review.queue", "/console/review/queue.xhtml", "review.task",
                "/console/review/task.xhtml"));
        return routes;
    }

    @Test
    void encode_keepsTheNameAndItsParametersInKeyOrder_andDecodesBack() {
        PageRoute route = new PageRoute("review.task", Map.of("id", "12", "from", "焊接 坡口&x"));
        assertEquals("review.task?from=%E7%84%8A%E6%8E%A5%20%E5%9D%A1%E5%8F%A3%26x&id=12", route.encode());
        assertEquals(route, PageRoute.decode(route.encode()));
        assertEquals("review.queue", PageRoute.of("review.queue").encode());
    }

    @Test
    void route_refusesPathsAndOtherNames() {
        assertThrows(IllegalArgumentException.class, () -> PageRoute.of("/console/review/queue.xhtml"));
        assertThrows(IllegalArgumentException.class, () -> PageRoute.of("queue"));
        assertThrows(IllegalArgumentException.class, () -> PageRoute.of("https://evil.example/x"));
    }

    @Test
    void path_resolvesPublishedRoutesWithTheirQuery() {
        PageRoutes routes = published();
        assertEquals(Optional.of("/console/review/queue.xhtml"), routes.path("review.queue"));
        assertEquals(Optional.of("/console/review/task.xhtml?id=12"), routes.path("review.task?id=12"));
    }

    @Test
    void path_ofAnUnpublishedRouteOrNothing_isEmpty() {
        PageRoutes routes = published();
        assertEquals(Optional.empty(), routes.path("course.unit"));
        assertEquals(Optional.empty(), routes.path(null));
        assertEquals(Optional.empty(), routes.path(" "));
        assertEquals(Optional.empty(), routes.path("//evil.example/x"));
    }

    @Test
    void path_ofARowStoredBeforeRoutes_isThePathItself() {
        assertEquals(Optional.of("/console/review/queue.xhtml"), published().path("/console/review/queue.xhtml"));
    }

    @Test
    void register_refusesAnythingButAPlatformPath() {
        PageRoutes routes = new PageRoutes();
        assertThrows(IllegalArgumentException.class, () -> routes.register(Map.of("review.queue",
                "https://evil.example/")));
        assertThrows(IllegalArgumentException.class, () -> routes.register(Map.of("review.queue", "//evil.example")));
    }
}
