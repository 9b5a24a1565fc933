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
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.ziyuanku.domain.system.PublicContent;

/** A node of a library's knowledge graph: its type, a name unique per library and type, and a description. */
@Entity
@EntityListeners(PublicContent.class)
@Table(name = "graph_node")
public class GraphNode {

    public static final int MAX_NAME = 100;
    public static final int MAX_DESCRIPTION = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "graph_node_seq")
    @SequenceGenerator(name = "graph_node_seq", sequenceName = "graph_node_seq", allocationSize = 50)
    private Long id;

    @Column(name = "library_id", nullable = false)
    private long libraryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "node_type", nullable = false, length = 16)
    private GraphNodeType type;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected GraphNode() {
    }

    public GraphNode(long libraryId, GraphNodeType type, String name, String description) {
        this.libraryId = libraryId;
        this.type = type;
        this.createdAt = LocalDateTime.now();
        change(name, description);
    }

    /** A new name and description (null: none). */
    public final void change(String newName, String newDescription) {
        this.name = newName;
        this.description = newDescription;
        this.updatedAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public long getLibraryId() {
        return libraryId;
    }

    public GraphNodeType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getVersion() {
        return version;
    }
}
