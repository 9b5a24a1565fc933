package org.ziyuanku.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.Map;
import org.ziyuanku.service.system.PageRoutes;

/**
 * The console pages business code may point to, by route name (notifications: "waits in your review queue", "your
 * submission was returned"): the one place that maps a {@code PageRoute} name to its path. Published to the service
 * layer's {@link PageRoutes} when the web application starts, since the ejb module never uses web; the inbox and the
 * notification e-mails resolve the stored route names there.
 */
@ApplicationScoped
public class ConsoleRoutes {

    /** Path by route name: {@code <ctx>.<page>} for {@code /console/<ctx>/<page>.xhtml}. */
    static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("review.queue", "/console/review/queue.xhtml"),
            Map.entry("review.task", "/console/review/task.xhtml"),
            Map.entry("review.submissions", "/console/review/submissions.xhtml"),
            // course (issue 13)
            Map.entry("course.outline", "/console/course/outline.xhtml"),
            Map.entry("course.mine", "/console/course/mine.xhtml"),

            // teaching (issue 13)
            Map.entry("teaching.offerings", "/console/teaching/offerings.xhtml"),
            Map.entry("teaching.offering", "/console/teaching/offering.xhtml"),
            Map.entry("teaching.class", "/console/teaching/class.xhtml"),
            Map.entry("teaching.join", "/console/teaching/join.xhtml"),
            Map.entry("teaching.discussion", "/console/teaching/discussion.xhtml"),
            Map.entry("teaching.question", "/console/teaching/question.xhtml"),

            // learning (issue 13)
            Map.entry("learning.courses", "/console/learning/courses.xhtml"),
            Map.entry("learning.course", "/console/learning/course.xhtml"),
            Map.entry("learning.archive", "/console/learning/archive.xhtml"),

            // class management (issue 13)
            Map.entry("learning.statistics", "/console/learning/statistics.xhtml"),

            Map.entry("system.notifications", "/console/system/notifications.xhtml"),
            Map.entry("teaching.exams", "/console/teaching/exams.xhtml"));

    @Inject
    private PageRoutes routes;

    void publish(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        routes.register(PATHS);
    }
}
