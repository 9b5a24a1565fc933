package org.ziyuanku.web.portal.course;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ziyuanku.service.course.CourseNodeView;

/** An outline as pages render it: modules, each with its topics, each with its items, in order. */
public record CourseTree(List<Module> modules) implements Serializable {

    /** A module and its topics. */
    public record Module(CourseNodeView node, List<Topic> topics) implements Serializable {
    }

    /** A topic and its items. */
    public record Topic(CourseNodeView node, List<CourseNodeView> items) implements Serializable {
    }

    /** The tree of the nodes (parents before children, siblings by position, as the services answer them). */
    public static CourseTree of(List<CourseNodeView> nodes) {
        Map<Long, List<CourseNodeView>> children = new LinkedHashMap<>();
        List<CourseNodeView> roots = new ArrayList<>();
        for (CourseNodeView n : nodes) {
            if (n.parentId() == null) {
                roots.add(n);
            } else {
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        List<Module> modules = new ArrayList<>();
        for (CourseNodeView m : sorted(roots)) {
            List<Topic> topics = new ArrayList<>();
            for (CourseNodeView t : sorted(children.getOrDefault(m.id(), List.of()))) {
                topics.add(new Topic(t, sorted(children.getOrDefault(t.id(), List.of()))));
            }
            modules.add(new Module(m, topics));
        }
        return new CourseTree(modules);
    }

    private static List<CourseNodeView> sorted(List<CourseNodeView> nodes) {
        return nodes.stream().sorted((a, b) -> Integer.compare(a.position(), b.position())).toList();
    }
}
