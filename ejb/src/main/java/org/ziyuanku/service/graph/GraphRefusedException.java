package org.ziyuanku.service.graph;

import java.util.Set;
import org.ziyuanku.service.system.RefusedException;

/**
 * A knowledge-graph request that breaks a rule; nothing of it is stored. Bad input 400; a duplicate name or edge
 * 409; an unknown library, node, edge or link target 404. Keys are {@code graph.refused.*}.
 */
public class GraphRefusedException extends RefusedException {

    public static final String NO_LIBRARY = "graph.refused.noLibrary";
    public static final String NO_NODE = "graph.refused.noNode";
    public static final String NO_EDGE = "graph.refused.noEdge";
    public static final String NO_TARGET = "graph.refused.noTarget";
    public static final String TYPE = "graph.refused.type";
    public static final String NAME = "graph.refused.name";
    public static final String DESCRIPTION = "graph.refused.description";
    public static final String DUPLICATE = "graph.refused.duplicate";
    public static final String EDGE = "graph.refused.edge";
    public static final String DUPLICATE_EDGE = "graph.refused.duplicateEdge";
    public static final String MERGE = "graph.refused.merge";
    public static final String DOCUMENT = "graph.refused.document";

    private static final long serialVersionUID = 1L;
    private static final Set<String> CONFLICTS = Set.of(DUPLICATE, DUPLICATE_EDGE);
    private static final Set<String> MISSING = Set.of(NO_LIBRARY, NO_NODE, NO_EDGE, NO_TARGET);

    public GraphRefusedException(String reasonKey, String... reasonArgs) {
        super(reasonKey, reasonArgs);
    }

    @Override
    public Kind kind() {
        if (MISSING.contains(getReasonKey())) {
            return Kind.NOT_FOUND;
        }
        return CONFLICTS.contains(getReasonKey()) ? Kind.CONFLICT : Kind.INVALID;
    }
}
