package org.ziyuanku.web.console.graph;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.List;
import org.omnifaces.util.Messages;
import org.ziyuanku.domain.graph.GraphEdgeType;
import org.ziyuanku.domain.graph.GraphNodeType;
import org.ziyuanku.service.graph.GraphAnnotationService;
import org.ziyuanku.service.graph.GraphDocument;
import org.ziyuanku.service.graph.GraphEdgeCommand;
import org.ziyuanku.service.graph.GraphImportReport;
import org.ziyuanku.service.graph.GraphLinkKind;
import org.ziyuanku.service.graph.GraphNodeCommand;
import org.ziyuanku.service.graph.GraphNodeView;
import org.ziyuanku.service.graph.GraphTransferService;
import org.ziyuanku.service.graph.GraphView;
import org.ziyuanku.service.graph.KnowledgeGraphService;
import org.ziyuanku.service.resource.LibraryChoiceView;
import org.ziyuanku.service.resource.ResourceUploadService;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.console.resource.LibraryChoice;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.RequestMark;

/**
 * The knowledge-graph editor (console/graph/editor.xhtml?library=…): the nodes and edges of a library the caller takes
 * part in; for its administrators and course teams forms to add a node, link two nodes, merge two, tag a resource,
 * course, course item or question, delete, and import a JSON or Excel file (exports are links to the API). A rule
 * broken is a message; a missing right goes on to the 403 page.
 */
@Named
@ViewScoped
public class GraphEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private KnowledgeGraphService graphs;

    @EJB
    private GraphAnnotationService annotations;

    @EJB
    private GraphTransferService transfers;

    @EJB
    private ResourceUploadService uploads;

    @Inject
    private GraphEditorForm form;

    private Long library;
    private final RequestMark graphRead = new RequestMark();
    private final RequestMark librariesRead = new RequestMark();
    private transient GraphView graph;
    private transient List<LibraryChoiceView> libraries;

    public void addNode() {
        change(() -> graphs.addNode(library, new GraphNodeCommand(form.getNodeType().name(), form.getName(),
                form.getDescription())));
    }

    public void link() {
        change(() -> graphs.link(library, new GraphEdgeCommand(form.getSource(), form.getTarget(),
                form.getEdgeType().name())));
    }

    public void merge() {
        change(() -> annotations.merge(library, form.getInto() == null ? 0 : form.getInto(), form.getFrom()));
    }

    public void tag() {
        change(() -> annotations.tag(library, form.getTagNode() == null ? 0 : form.getTagNode(), form.getKind(),
                form.getTargetId() == null ? 0 : form.getTargetId()));
    }

    public void deleteNode(long nodeId) {
        change(() -> graphs.deleteNode(library, nodeId));
    }

    public void deleteEdge(long edgeId) {
        change(() -> graphs.unlink(library, edgeId));
    }

    /** Imports the uploaded file: .xlsx as a workbook, anything else as JSON. */
    public void importFile() {
        if (form.getFile() == null || form.getFile().getSize() == 0) {
            Messages.addGlobalError("graph.editor.noFile");
            return;
        }
        byte[] content = form.getFile().getContent();
        boolean workbook = form.getFile().getFileName().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
        try (Jsonb jsonb = JsonbBuilder.create()) {
            GraphImportReport report = workbook ? transfers.importWorkbook(library, content)
                    : transfers.importDocument(library, jsonb.fromJson(new String(content,
                            java.nio.charset.StandardCharsets.UTF_8), GraphDocument.class));
            Messages.addGlobalInfo("graph.editor.imported", report.nodesAdded(), report.nodesUpdated(),
                    report.edgesAdded());
            graph = null;
            graphRead.mark();
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        } catch (JsonbException e) {
            Messages.addGlobalError("graph.refused.document", "JSON");
        } catch (Exception e) {
            Messages.addGlobalError("graph.refused.document", form.getFile().getFileName());
        }
    }

    private void change(Runnable change) {
        if (RefusalMessages.change(change, "graph.editor.saved")) {
            graph = null;
            graphRead.mark();
        }
    }

    /** The shown library's graph (null when no library is chosen). */
    public GraphView getGraph() {
        if (!graphRead.marked()) {
            graph = null;
            graphRead.mark();
        }
        if (graph == null && getLibrary() != null) {
            graph = graphs.graph(library);
        }
        return graph;
    }

    /** The node's name in the shown graph. */
    public String nameOf(long nodeId) {
        return getGraph().nodes().stream().filter(n -> n.id() == nodeId).map(GraphNodeView::name).findFirst()
                .orElse("#" + nodeId);
    }

    public List<LibraryChoiceView> getLibraries() {
        if (!librariesRead.marked()) {
            librariesRead.mark();
            libraries = uploads.libraries();
        }
        return libraries;
    }

    /**
     * The library of {@code ?library=}, else the first one the caller may contribute to; kept in the view, so a
     * postback's forms ask for the same library's graph while request values are applied.
     */
    public Long getLibrary() {
        library = LibraryChoice.chosenOrFirst(library, this::getLibraries);
        return library;
    }

    public void setLibrary(Long library) {
        this.library = library;
    }

    public GraphNodeType[] getNodeTypes() {
        return GraphNodeType.values();
    }

    public GraphEdgeType[] getEdgeTypes() {
        return GraphEdgeType.values();
    }

    public GraphLinkKind[] getLinkKinds() {
        return GraphLinkKind.values();
    }
}
