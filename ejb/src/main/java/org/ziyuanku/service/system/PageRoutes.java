package org.ziyuanku.service.system;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The paths of the platform's pages by route name, as the web module publishes them at start-up (its
 * {@code web.console.ConsoleRoutes}): business code names a page by {@link PageRoute} and never knows its path; the
 * inbox and the notification e-mails resolve the name here. The ejb module never uses web, so web hands its map over.
 */
@ApplicationScoped
public class PageRoutes {

    private static final Logger LOG = Logger.getLogger(PageRoutes.class.getName());

    private final Map<String, String> paths = new ConcurrentHashMap<>();

    /** Publishes paths ({@code /console/review/queue.xhtml}) by route name; a name given again takes the new path. */
    public void register(Map<String, String> pathsByRoute) {
        pathsByRoute.forEach((route, path) -> {
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                throw new IllegalArgumentException("route " + route + " needs a platform path, not " + path);
            }
            paths.put(PageRoute.of(route).name(), path);
        });
    }

    /**
     * The platform-relative path (with its query) of a stored route, e.g. {@code review.task?id=12} →
     * {@code /console/review/task.xhtml?id=12}; empty for none or a route nobody published. Notifications stored
     * before routes existed hold the path itself, which passes as it is.
     */
    public Optional<String> path(String stored) {
        if (stored == null || stored.isBlank()) {
            return Optional.empty();
        }
        if (stored.startsWith("/") && !stored.startsWith("//")) {
            return Optional.of(stored);
        }
        PageRoute route;
        try {
            route = PageRoute.decode(stored);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Not a page route: " + stored);
            return Optional.empty();
        }
        String path = paths.get(route.name());
        if (path == null) {
            LOG.warning(() -> "No page published for route " + route.name());
            return Optional.empty();
        }
        String query = route.encode().substring(route.name().length());
        return Optional.of(path + query);
    }
}
