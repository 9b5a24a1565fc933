package org.ziyuanku.service.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ziyuanku.domain.course.CourseNode;
import org.ziyuanku.domain.course.StandardCourse;
import org.ziyuanku.service.course.CourseNodesCopied;

/**
 * Publishes an approved new version: the published course takes over the revision's attributes and outline, merged
 * by node key. A node whose key both have keeps its id and takes over title, content and place; a new key becomes a
 * new node; a key the revision dropped is removed ({@link CourseNodesCopied} carries the points over). Then the
 * revision row (and its nodes) goes.
 */
@ApplicationScoped
public class CourseOutlineMerge {

    @Inject
    private CourseNodeRepository nodes;

    @Inject
    private StandardCourseRepository courses;

    @Inject
    private Event<CourseNodesCopied> nodesCopied;

    public void publish(StandardCourse revision) {
        StandardCourse published = revision.getRevisionOf();
        Map<UUID, CourseNode> byKey = new HashMap<>();
        List<CourseNode> old = nodes.outline(published);
        old.forEach(n -> byKey.put(n.getNodeKey(), n));
        Map<UUID, CourseNode> kept = new HashMap<>();
        Map<Long, Long> copies = new HashMap<>();
        for (CourseNode source : nodes.outline(revision)) {
            CourseNode parent = source.getParent() == null ? null : kept.get(source.getParent().getNodeKey());
            CourseNode target = byKey.get(source.getNodeKey());
            if (target == null) {
                target = nodes.add(source.copyFor(published, parent));
            } else {
                target.takeOver(source);
                target.placeUnder(parent, source.getPosition());
            }
            kept.put(source.getNodeKey(), target);
            copies.put(source.getId(), target.getId());
        }
        nodesCopied.fire(new CourseNodesCopied(copies));
        nodes.removeAll(old.stream().filter(n -> !kept.containsKey(n.getNodeKey())).toList());
        nodes.removeAll(nodes.outline(revision));
        published.adopt(revision);
        courses.remove(revision);
    }
}
