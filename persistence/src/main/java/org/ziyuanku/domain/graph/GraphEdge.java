package org.ziyuanku.domain.graph;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.ziyuanku.domain.system.PublicContent;

/** A typed edge from one node to another of the same library; never a loop, at most one per pair and type. */
@Entity
@EntityListeners(PublicContent.class)
@Table(name = "graph_edge")
public class GraphEdge {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "graph_edge_seq")
    @SequenceGenerator(name = "graph_edge_seq", sequenceName = "graph_edge_seq", allocationSize = 50)
    private Long id;

    @Column(name = "library_id", nullable = false)
    private long libraryId;

    @Column(name = "source_id", nullable = false)
    private long sourceId;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "edge_type", nullable = false, length = 16)
    private GraphEdgeType type;

    protected GraphEdge() {
    }

    public GraphEdge(GraphNode source, GraphNode target, GraphEdgeType type) {
        if (source.getLibraryId() != target.getLibraryId() || source.getId().equals(target.getId())) {
            throw new IllegalArgumentException("an edge joins two different nodes of one library");
        }
        this.libraryId = source.getLibraryId();
        this.sourceId = source.getId();
        this.targetId = target.getId();
        this.type = type;
    }

    public Long getId() {
        return id;
    }

    public long getLibraryId() {
        return libraryId;
    }

    public long getSourceId() {
        return sourceId;
    }

    public long getTargetId() {
        return targetId;
    }

    public GraphEdgeType getType() {
        return type;
    }
}
