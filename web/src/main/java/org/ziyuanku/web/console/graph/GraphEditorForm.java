package org.ziyuanku.web.console.graph;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.ziyuanku.domain.graph.GraphEdgeType;
import org.ziyuanku.domain.graph.GraphNodeType;
import org.ziyuanku.service.graph.GraphLinkKind;

/** What the graph editor's forms post: a new node, an edge, a merge, a tag, an import file. */
@Named
@RequestScoped
public class GraphEditorForm {

    private GraphNodeType nodeType = GraphNodeType.KNOWLEDGE;
    private String name;
    private String description;
    private Long source;
    private Long target;
    private GraphEdgeType edgeType = GraphEdgeType.CONTAINS;
    private Long into;
    private Long from;
    private Long tagNode;
    private GraphLinkKind kind = GraphLinkKind.RESOURCE;
    private Long targetId;
    private UploadedFile file;

    public GraphNodeType getNodeType() {
        return nodeType;
    }

    public void setNodeType(GraphNodeType nodeType) {
        this.nodeType = nodeType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getSource() {
        return source;
    }

    public void setSource(Long source) {
        this.source = source;
    }

    public Long getTarget() {
        return target;
    }

    public void setTarget(Long target) {
        this.target = target;
    }

    public GraphEdgeType getEdgeType() {
        return edgeType;
    }

    public void setEdgeType(GraphEdgeType edgeType) {
        this.edgeType = edgeType;
    }

    public Long getInto() {
        return into;
    }

    public void setInto(Long into) {
        this.into = into;
    }

    public Long getFrom() {
        return from;
    }

    public void setFrom(Long from) {
        this.from = from;
    }

    public Long getTagNode() {
        return tagNode;
    }

    public void setTagNode(Long tagNode) {
        this.tagNode = tagNode;
    }

    public GraphLinkKind getKind() {
        return kind;
    }

    public void setKind(GraphLinkKind kind) {
        this.kind = kind;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
