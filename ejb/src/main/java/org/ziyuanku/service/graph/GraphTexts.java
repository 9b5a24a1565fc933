package org.ziyuanku.service.graph;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.ziyuanku.domain.graph.GraphEdgeType;
import org.ziyuanku.domain.graph.GraphNode;
import org.ziyuanku.domain.graph.GraphNodeType;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;

/** Checks what graph editors write: types by name, names and descriptions bounded and screened for sensitive words. */
@ApplicationScoped
public class GraphTexts {

    @Inject
    private SensitiveWordScreening screening;

    /** The node type named (case ignored). @throws GraphRefusedException none of them */
    public GraphNodeType nodeType(String type) {
        try {
            return GraphNodeType.valueOf(type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new GraphRefusedException(GraphRefusedException.TYPE, String.valueOf(type));
        }
    }

    /** The edge type named (case ignored). @throws GraphRefusedException none of them */
    public GraphEdgeType edgeType(String type) {
        try {
            return GraphEdgeType.valueOf(type == null ? "" : type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new GraphRefusedException(GraphRefusedException.TYPE, String.valueOf(type));
        }
    }

    /** The name stripped, 1–100 characters, screened. */
    public String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > GraphNode.MAX_NAME) {
            throw new GraphRefusedException(GraphRefusedException.NAME, Integer.toString(GraphNode.MAX_NAME));
        }
        screening.refuseBlocked(List.of(new ScreenedText("name", n)));
        return n;
    }

    /** The description stripped (blank: none), at most 1000 characters, screened. */
    public String description(String description) {
        String d = description == null ? "" : description.strip();
        if (d.length() > GraphNode.MAX_DESCRIPTION) {
            throw new GraphRefusedException(GraphRefusedException.DESCRIPTION,
                    Integer.toString(GraphNode.MAX_DESCRIPTION));
        }
        if (d.isEmpty()) {
            return null;
        }
        screening.refuseBlocked(List.of(new ScreenedText("description", d)));
        return d;
    }
}
