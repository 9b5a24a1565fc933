package org.ziyuanku.web.console.teaching;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.teaching.AddNodeCommand;
import org.ziyuanku.service.teaching.ClassService;
import org.ziyuanku.service.teaching.ClassView;
import org.ziyuanku.service.teaching.IncomingChangeService;
import org.ziyuanku.service.teaching.IncomingChangeView;
import org.ziyuanku.service.teaching.NodeChangeCommand;
import org.ziyuanku.service.teaching.OfferingNodeView;
import org.ziyuanku.service.teaching.OfferingOutlineService;
import org.ziyuanku.service.teaching.OfferingService;
import org.ziyuanku.service.teaching.OfferingView;
import org.ziyuanku.web.faces.RefusalMessages;
import org.ziyuanku.web.faces.RequestMark;

/**
 * One offering for its staff (console/teaching/offering.xhtml?id=…): its outline with the local settings (hide, trial
 * item, move up), local items added from published resources, the inbox of incoming changes with accept and decline,
 * its classes and a new class; publishing and closing. Assistants see it; changing is refused to them (403).
 */
@Named
@ViewScoped
public class TeachingOfferingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OfferingService offerings;

    @EJB
    private OfferingOutlineService outlines;

    @EJB
    private IncomingChangeService changes;

    @EJB
    private ClassService classes;

    private String id;
    private final RequestMark read = new RequestMark();
    private transient OfferingView offering;
    private transient List<OfferingNodeView> outline;
    private transient List<IncomingChangeView> pending;
    private transient List<ClassView> classList;
    private Long parentId;
    private String itemTitle;
    private Long resourceId;
    private String className;
    private Long editNodeId;
    private String editTitle;
    private LocalDate editDueOn;

    /** Reads what the page shows unless done in this request (a postback finds its rows again this way). */
    private void loaded() {
        if (!read.marked()) {
            load();
        }
    }

    public void load() {
        long offeringId = TeachingPages.id(id);
        offering = RefusalMessages.load(() -> offerings.get(offeringId));
        outline = outlines.outline(offeringId);
        pending = changes.changes(offeringId, false);
        classList = classes.classesOf(offeringId);
        read.mark();
    }

    public void publish() {
        RefusalMessages.change(() -> offerings.publish(TeachingPages.id(id)), "teaching.offering.published");
        load();
    }

    public void close() {
        RefusalMessages.change(() -> offerings.close(TeachingPages.id(id)), "teaching.offering.closed");
        load();
    }

    /** Hides or shows the node. */
    public void hide(long nodeId, boolean hidden) {
        set(nodeId, new NodeChangeCommand(null, null, hidden, null, null, null));
    }

    /** Marks an item for trial learning (试学) or not. */
    public void trial(long nodeId, boolean trial) {
        set(nodeId, new NodeChangeCommand(null, null, null, trial, null, null));
    }

    /** Moves the node to that place among its siblings. */
    public void move(long nodeId, int position) {
        set(nodeId, new NodeChangeCommand(null, null, null, null, position, null));
    }

    private void set(long nodeId, NodeChangeCommand command) {
        RefusalMessages.change(() -> outlines.change(TeachingPages.id(id), nodeId, command), null);
        load();
    }

    /**
     * Changes the chosen node locally: a new title (a local change, so later changes of that item in the standard
     * course come as incoming changes) and, for a module, its due date; an empty field stays as it is.
     */
    public void editNode() {
        String title = editTitle == null || editTitle.isBlank() ? null : editTitle.strip();
        if (editNodeId == null || title == null && editDueOn == null) {
            Messages.addGlobalError("teaching.offering.editNothing");
            load();
            return;
        }
        if (RefusalMessages.change(() -> outlines.change(TeachingPages.id(id), editNodeId, new NodeChangeCommand(title,
                null, null, null, null, editDueOn)), "teaching.offering.edited")) {
            // a saved change empties the form, so that the next one does not carry this title or date along
            editNodeId = null;
            editTitle = null;
            editDueOn = null;
        }
        load();
    }

    public void addNode() {
        if (RefusalMessages.change(() -> outlines.add(TeachingPages.id(id), new AddNodeCommand(parentId, itemTitle,
                resourceId)), "teaching.offering.added")) {
            itemTitle = null;
            resourceId = null;
        }
        load();
    }

    public void decide(long changeId, boolean accept) {
        RefusalMessages.change(() -> changes.decide(TeachingPages.id(id), changeId, accept),
                accept ? "teaching.incoming.accepted" : "teaching.incoming.declined");
        load();
    }

    public void createClass() {
        if (RefusalMessages.change(() -> classes.create(TeachingPages.id(id), className),
                "teaching.offering.classCreated")) {
            className = null;
        }
        load();
    }

    public OfferingView getOffering() {
        loaded();
        return offering;
    }

    public List<OfferingNodeView> getOutline() {
        loaded();
        return outline;
    }

    /** The modules and topics, which can take a local node under them. */
    public List<OfferingNodeView> getParents() {
        return getOutline().stream().filter(n -> n.depth() < 3 && !n.retired()).toList();
    }

    public List<IncomingChangeView> getPending() {
        loaded();
        return pending;
    }

    public List<ClassView> getClasses() {
        loaded();
        return classList;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public void setItemTitle(String itemTitle) {
        this.itemTitle = itemTitle;
    }

    public Long getResourceId() {
        return resourceId;
    }

    public void setResourceId(Long resourceId) {
        this.resourceId = resourceId;
    }

    /**
     * The nodes that may be changed (every node still in the outline) as choices, labelled with their depth; the
     * labels are made here, not with a var in the page, so they stay right after a postback.
     */
    public List<SelectItem> getEditable() {
        loaded();
        return outline.stream().filter(n -> !n.retired()).map(n -> new SelectItem(n.id(),
                "— ".repeat(Math.max(0, n.depth() - 1)) + n.title())).toList();
    }

    public Long getEditNodeId() {
        return editNodeId;
    }

    public void setEditNodeId(Long editNodeId) {
        this.editNodeId = editNodeId;
    }

    public String getEditTitle() {
        return editTitle;
    }

    public void setEditTitle(String editTitle) {
        this.editTitle = editTitle;
    }

    public LocalDate getEditDueOn() {
        return editDueOn;
    }

    public void setEditDueOn(LocalDate editDueOn) {
        this.editDueOn = editDueOn;
    }

    public String getClassName() {
        return className;
    }

    public void setClassName(String className) {
        this.className = className;
    }
}
