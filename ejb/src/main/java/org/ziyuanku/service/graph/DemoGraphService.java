package org.ziyuanku.service.graph;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.graph.GraphEdge;
import org.ziyuanku.domain.graph.GraphEdgeType;
import org.ziyuanku.domain.graph.GraphNode;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.service.graph.internal.GraphLinks;
import org.ziyuanku.service.graph.internal.GraphRepository;
import org.ziyuanku.service.library.Libraries;
import org.ziyuanku.service.system.ClusterLockRepository;

/**
 * For evaluation installs: the welding library's knowledge graph ({@link DemoGraph}: 44 nodes of all six types and
 * their edges), tagged to its demo resources, the demo course 焊接工艺 and its items, and the bank's first questions.
 * Idempotent: nothing is added when the library's graph has a node.
 */
@Stateless
public class DemoGraphService {

    static final int DEMO_CATALOGUE_NO = 53;
    static final String DEMO_COURSE_CODE = "HJGY-2026";

    @Inject
    private Libraries libraries;

    @Inject
    private GraphRepository graph;

    @Inject
    private GraphLinks links;

    @Inject
    private ClusterLockRepository locks;

    /** Adds the demo graph when the welding library has none; answers how many nodes were added. */
    public int ensureDemoGraph(Map<String, Long> publishedResources) {
        locks.lock("demo-graph");
        ResourceLibrary library = libraries.national(DEMO_CATALOGUE_NO).orElse(null);
        if (library == null || !graph.nodes(library.getId()).isEmpty()) {
            return 0;
        }
        long libraryId = library.getId();
        Map<String, GraphNode> nodes = new HashMap<>();
        for (DemoGraph.Node n : DemoGraph.NODES) {
            GraphNode node = new GraphNode(libraryId, n.type(), n.name(), n.description());
            graph.add(node);
            nodes.put(n.name(), node);
        }
        graph.flush();
        for (DemoGraph.Edge e : DemoGraph.EDGES) {
            graph.add(new GraphEdge(nodes.get(e.source()), nodes.get(e.target()), GraphEdgeType.valueOf(e.type())));
        }
        graph.flush();
        DemoGraph.RESOURCES.forEach((title, names) -> {
            Long resource = publishedResources.get(title);
            if (resource != null && links.libraryOf(GraphLinkKind.RESOURCE, resource).orElse(-1L) == libraryId) {
                names.forEach(name -> links.tag(nodes.get(name).getId(), GraphLinkKind.RESOURCE, resource));
            }
        });
        graph.course(libraryId, DEMO_COURSE_CODE).ifPresent(course -> tagCourse(nodes, course));
        List<Long> questions = graph.firstQuestions(libraryId, DemoGraph.QUESTIONS.size());
        for (int i = 0; i < questions.size(); i++) {
            links.tag(nodes.get(DemoGraph.QUESTIONS.get(i)).getId(), GraphLinkKind.QUESTION, questions.get(i));
        }
        return nodes.size();
    }

    private void tagCourse(Map<String, GraphNode> nodes, long course) {
        DemoGraph.COURSE.forEach(name -> links.tag(nodes.get(name).getId(), GraphLinkKind.COURSE, course));
        DemoGraph.COURSE_ITEMS.forEach((title, name) -> graph.courseItem(course, title)
                .ifPresent(item -> links.tag(nodes.get(name).getId(), GraphLinkKind.COURSE_ITEM, item)));
    }
}
