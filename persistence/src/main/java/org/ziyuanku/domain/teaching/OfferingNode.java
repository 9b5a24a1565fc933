package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * One node (module, topic, item) of an offering's own outline. A node copied from the standard course keeps the
 * standard node's key ({@code originKey}) and the fingerprint of the content it last took over ({@code baseHash});
 * a node the teacher changed ({@code localChanged}) is never overwritten by the sync, which offers the standard
 * change as an {@link IncomingChange} instead. A node added locally has no origin key. Nodes the standard course
 * removed are retired, never deleted: learners' progress refers to them.
 */
@Entity
@Table(name = "offering_node")
@NamedQuery(name = "OfferingNode.findByOffering",
        query = "select n from OfferingNode n where n.offering.id = :offering order by n.depth, n.position, n.id")
public class OfferingNode {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "offering_node_seq")
    @SequenceGenerator(name = "offering_node_seq", sequenceName = "offering_node_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offering_id", nullable = false)
    private CourseOffering offering;

    @Column(name = "origin_key")
    private UUID originKey;

    @Column(name = "base_hash", length = 64)
    private String baseHash;

    @Column(name = "local_changed", nullable = false)
    private boolean localChanged;

    @Column(name = "local_placement", nullable = false)
    private boolean localPlacement;

    @Column(nullable = false)
    private boolean hidden;

    @Column(nullable = false)
    private boolean trial;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(name = "retired_at")
    private LocalDateTime retiredAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OfferingNode parent;

    @Column(nullable = false)
    private short depth;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = NodeContent.MAX_TITLE)
    private String title;

    @Column(name = "item_kind", length = 16)
    private String itemKind;

    @Column(name = "resource_id")
    private Long resourceId;

    @Column(name = "assembly_id")
    private Long assemblyId;

    @Column(name = "page_body")
    private String pageBody;

    @Column(name = "min_seconds", nullable = false)
    private int minSeconds;

    protected OfferingNode() {
    }

    private OfferingNode(CourseOffering offering, OfferingNode parent, int depth, int position) {
        this.offering = Objects.requireNonNull(offering, "offering");
        if (depth < 1 || depth > 3 || (parent == null) != (depth == 1)
                || parent != null && parent.depth != depth - 1) {
            throw new IllegalArgumentException("a node of depth " + depth + " cannot go there");
        }
        this.parent = parent;
        this.depth = (short) depth;
        this.position = position;
    }

    /** A copy of a standard node, in step with {@code baseHash}. */
    public static OfferingNode fromStandard(CourseOffering offering, OfferingNode parent, int depth, int position,
            UUID originKey, String baseHash, NodeContent content, boolean trial) {
        OfferingNode node = new OfferingNode(offering, parent, depth, position);
        node.originKey = Objects.requireNonNull(originKey, "originKey");
        node.baseHash = baseHash;
        node.trial = trial;
        node.take(content);
        return node;
    }

    /** A node the teacher adds to this offering only. */
    public static OfferingNode local(CourseOffering offering, OfferingNode parent, int depth, int position,
            NodeContent content) {
        OfferingNode node = new OfferingNode(offering, parent, depth, position);
        node.localChanged = true;
        node.localPlacement = true;
        node.take(content);
        return node;
    }

    /** A copy of this node for a re-offering: origin, base, local flags and content; not retired ones. */
    public OfferingNode copyInto(CourseOffering next, OfferingNode copiedParent) {
        OfferingNode copy = new OfferingNode(next, copiedParent, depth, position);
        copy.originKey = originKey;
        copy.baseHash = baseHash;
        copy.localChanged = localChanged;
        copy.localPlacement = localPlacement;
        copy.hidden = hidden;
        copy.trial = trial;
        copy.take(content());
        return copy;
    }

    /** The standard version replaces the content: the node is in step with {@code hash} again. */
    public void takeStandard(NodeContent standard, String hash) {
        take(standard);
        this.baseHash = hash;
        this.localChanged = false;
        this.retiredAt = null;
    }

    /** Keeps the local content but counts the standard change up to {@code hash} as seen (declined). */
    public void declineStandard(String hash) {
        this.baseHash = hash;
    }

    /** The teacher changes the content; from now on the sync offers standard changes instead of applying them. */
    public void editLocally(NodeContent content) {
        take(content);
        this.localChanged = true;
    }

    /** Moves the node among its siblings (by the teacher when {@code local}, else by the sync). */
    public void place(int newPosition, boolean local) {
        this.position = newPosition;
        this.localPlacement = this.localPlacement || local;
    }

    public void setHidden(boolean hidden) {
        this.hidden = hidden;
    }

    public void setTrial(boolean trial) {
        this.trial = trial;
    }

    /** Sets the date a module should be finished by (modules only). */
    public void setDueOn(LocalDate dueOn) {
        if (dueOn != null && depth != 1) {
            throw new IllegalArgumentException("only modules have a due date");
        }
        this.dueOn = dueOn;
    }

    /** Takes the node out of the outline without deleting it. */
    public void retire() {
        if (retiredAt == null) {
            retiredAt = LocalDateTime.now();
        }
    }

    private void take(NodeContent content) {
        String t = content.title() == null ? "" : content.title().strip();
        if (t.isEmpty() || t.length() > NodeContent.MAX_TITLE) {
            throw new IllegalArgumentException("title must have 1 to " + NodeContent.MAX_TITLE + " characters");
        }
        if ((depth == 3) != (content.itemKind() != null)) {
            throw new IllegalArgumentException("items (depth 3), and only items, have a kind");
        }
        this.title = t;
        this.itemKind = content.itemKind();
        this.resourceId = content.resourceId();
        this.assemblyId = content.assemblyId();
        this.pageBody = content.pageBody();
        this.minSeconds = content.minSeconds();
    }

    public NodeContent content() {
        return new NodeContent(title, itemKind, resourceId, assemblyId, pageBody, minSeconds);
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public Long getId() {
        return id;
    }

    public CourseOffering getOffering() {
        return offering;
    }

    public UUID getOriginKey() {
        return originKey;
    }

    public String getBaseHash() {
        return baseHash;
    }

    public boolean isLocalChanged() {
        return localChanged;
    }

    public boolean isLocalPlacement() {
        return localPlacement;
    }

    public boolean isHidden() {
        return hidden;
    }

    public boolean isTrial() {
        return trial;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public OfferingNode getParent() {
        return parent;
    }

    public int getDepth() {
        return depth;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getItemKind() {
        return itemKind;
    }

    public Long getResourceId() {
        return resourceId;
    }
}
