package org.ziyuanku.service.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ziyuanku.domain.graph.GraphEdgeType;
import org.ziyuanku.domain.graph.GraphNodeType;

class DemoGraphTest {

    private static final Set<String> NAMES = DemoGraph.NODES.stream().map(DemoGraph.Node::name)
            .collect(Collectors.toSet());

    @Test
    void demoGraph_hasAtLeastFortyUniquelyNamedNodes_ofAllSixTypes() {
        assertTrue(DemoGraph.NODES.size() >= 40, "nodes: " + DemoGraph.NODES.size());
        assertEquals(DemoGraph.NODES.size(), NAMES.size(), "names are unique");
        assertEquals(EnumSet.allOf(GraphNodeType.class), DemoGraph.NODES.stream().map(DemoGraph.Node::type)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(GraphNodeType.class))));
    }

    @Test
    void demoEdges_joinKnownDifferentNodes_onceEach_andSkillsSupportJobs() {
        Set<String> seen = new HashSet<>();
        for (DemoGraph.Edge e : DemoGraph.EDGES) {
            assertTrue(NAMES.contains(e.source()) && NAMES.contains(e.target()), e.toString());
            assertTrue(!e.source().equals(e.target()) && seen.add(e.source() + e.type() + e.target()), e.toString());
            GraphEdgeType.valueOf(e.type());
        }
        assertTrue(DemoGraph.EDGES.stream().anyMatch(e -> e.type().equals("SUPPORTS")));
    }

    @Test
    void demoTags_nameKnownNodes() {
        DemoGraph.RESOURCES.values().forEach(names -> assertTrue(NAMES.containsAll(names), names.toString()));
        assertTrue(NAMES.containsAll(DemoGraph.COURSE_ITEMS.values()));
        assertTrue(NAMES.containsAll(DemoGraph.COURSE));
        assertTrue(NAMES.containsAll(DemoGraph.QUESTIONS));
    }
}
