package org.ziyuanku.domain.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.ziyuanku.domain.system.PublicContent;

/**
 * One node of a course outline: a module (depth 1), a topic (depth 2) or an item (depth 3). Its {@link #getNodeKey()}
 * stays the same across course versions (offerings follow the course by it); its {@link #getContentHash()} changes
 * exactly when its content (kind, title, reference, page, minimum time, trial flag) changes.
 */
@Entity
@EntityListeners(PublicContent.class)
@Table(name = "course_node")
public class CourseNode {

    public static final int MODULE = 1;
    public static final int TOPIC = 2;
    public static final int ITEM = 3;
    public static final int MAX_TITLE = 200;
    public static final int DEFAULT_MIN_SECONDS = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "course_node_seq")
    @SequenceGenerator(name = "course_node_seq", sequenceName = "course_node_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private StandardCourse course;

    @Column(name = "node_key", nullable = false)
    private UUID nodeKey;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private CourseNode parent;

    @Column(nullable = false)
    private int depth;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_kind", length = 16)
    private CourseItemKind itemKind;

    @Column(name = "resource_id")
    private Long resourceId;

    @Column(name = "assembly_id")
    private Long assemblyId;

    @Column(name = "page_body", columnDefinition = "text")
    private String pageBody;

    @Column(name = "min_seconds", nullable = false)
    private int minSeconds = DEFAULT_MIN_SECONDS;

    @Column(name = "trial_default", nullable = false)
    private boolean trialDefault;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    protected CourseNode() {
    }

    /** A new node of the course at that depth (1–3), under {@code parent} (null for a module) at {@code position}. */
    public CourseNode(StandardCourse course, int depth, String title, CourseNode parent, int position) {
        this(course, UUID.randomUUID(), depth, title);
        placeUnder(parent, position);
    }

    private CourseNode(StandardCourse course, UUID nodeKey, int depth, String title) {
        if (depth < MODULE || depth > ITEM) {
            throw new IllegalArgumentException("depth must be 1 (module), 2 (topic) or 3 (item)");
        }
        this.course = Objects.requireNonNull(course, "course");
        this.nodeKey = Objects.requireNonNull(nodeKey, "nodeKey");
        this.depth = depth;
        this.title = requiredTitle(title);
        refingerprint();
    }

    /** The same node (same key and content) in another version of the course, under {@code parentCopy}. */
    public CourseNode copyFor(StandardCourse otherVersion, CourseNode parentCopy) {
        CourseNode copy = new CourseNode(otherVersion, nodeKey, depth, title);
        copy.takeOver(this);
        copy.placeUnder(parentCopy, position);
        return copy;
    }

    /**
     * Puts the node under the parent at the position: a module has no parent, a topic lies under a module and an item
     * under a topic, of the same course.
     */
    public final void placeUnder(CourseNode newParent, int newPosition) {
        if (depth == MODULE ? newParent != null
                : newParent == null || newParent.depth != depth - 1 || !sameCourse(newParent.course, course)) {
            throw new IllegalArgumentException("a node of depth " + depth + " needs a parent of depth " + (depth - 1)
                    + " in the same course");
        }
        if (newPosition < 0) {
            throw new IllegalArgumentException("position must not be negative");
        }
        this.parent = newParent;
        this.position = newPosition;
    }

    private static boolean sameCourse(StandardCourse a, StandardCourse b) {
        return a == b || a.getId() != null && a.getId().equals(b.getId());
    }

    public void retitle(String newTitle) {
        this.title = requiredTitle(newTitle);
        refingerprint();
    }

    /**
     * The item's content: a RESOURCE needs its resource id, an ASSEMBLY its assembly id, a PAGE its (already
     * sanitised) body; only items (depth 3) have content.
     */
    public void setContent(CourseItemKind kind, Long resource, Long assembly, String body, int seconds, boolean trial) {
        if (depth != ITEM || kind == null) {
            throw new IllegalArgumentException("only an item (depth 3) has content, and it needs a kind");
        }
        if (seconds < 0 || seconds > 36_000) {
            throw new IllegalArgumentException("minSeconds must be between 0 and 36000");
        }
        switch (kind) {
            case RESOURCE -> require(resource != null, "a RESOURCE item needs a resource");
            case ASSEMBLY -> require(assembly != null, "an ASSEMBLY item needs an assembly");
            case PAGE -> require(body != null && !body.isBlank(), "a PAGE item needs a body");
            case SELF_TEST -> {
                // its paper is set apart (self_test, by the node key)
            }
        }
        this.itemKind = kind;
        this.resourceId = kind == CourseItemKind.RESOURCE ? resource : null;
        this.assemblyId = kind == CourseItemKind.ASSEMBLY ? assembly : null;
        this.pageBody = kind == CourseItemKind.PAGE ? body : null;
        this.minSeconds = seconds;
        this.trialDefault = trial;
        refingerprint();
    }

    /** Takes over the other node's title and content (a revision's node merged into the published course). */
    public void takeOver(CourseNode other) {
        this.title = other.title;
        this.itemKind = other.itemKind;
        this.resourceId = other.resourceId;
        this.assemblyId = other.assemblyId;
        this.pageBody = other.pageBody;
        this.minSeconds = other.minSeconds;
        this.trialDefault = other.trialDefault;
        refingerprint();
    }

    private void refingerprint() {
        this.contentHash = CourseNodeFingerprint.of(itemKind, title, resourceId, assemblyId, pageBody, minSeconds,
                trialDefault);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    private static String requiredTitle(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("title is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > MAX_TITLE) {
            throw new IllegalArgumentException("title is longer than " + MAX_TITLE);
        }
        return trimmed;
    }

    public Long getId() {
        return id;
    }

    public StandardCourse getCourse() {
        return course;
    }

    public UUID getNodeKey() {
        return nodeKey;
    }

    public CourseNode getParent() {
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

    public CourseItemKind getItemKind() {
        return itemKind;
    }

    public Long getResourceId() {
        return resourceId;
    }

    public Long getAssemblyId() {
        return assemblyId;
    }

    public String getPageBody() {
        return pageBody;
    }

    public int getMinSeconds() {
        return minSeconds;
    }

    public boolean isTrialDefault() {
        return trialDefault;
    }

    public String getContentHash() {
        return contentHash;
    }
}
