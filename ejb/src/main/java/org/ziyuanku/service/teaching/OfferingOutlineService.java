package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.ziyuanku.domain.teaching.CourseOffering;
import org.ziyuanku.domain.teaching.NodeContent;
import org.ziyuanku.domain.teaching.OfferingNode;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;
import org.ziyuanku.service.teaching.internal.OfferingAccess;
import org.ziyuanku.service.teaching.internal.OfferingRepository;
import org.ziyuanku.service.teaching.internal.TeachingViews;

/**
 * An offering's own outline (个性化课程) for its staff: they all see it (hidden and retired nodes included); the owner
 * and the teachers of its classes change it: hide, reorder, mark trial items (试学), set module due dates, edit an
 * item (a local change the standard course's sync will not overwrite) and add local modules, topics and items that
 * refer to a published resource of any library. Assistants (助教) get 403. Changes are audited
 * ({@code OFFERING_OUTLINE_ADD}, {@code OFFERING_OUTLINE_CHANGE}), refusals included.
 */
@Stateless
@PermitAll
public class OfferingOutlineService {

    static final String ADD = "OFFERING_OUTLINE_ADD";
    static final String CHANGE = "OFFERING_OUTLINE_CHANGE";
    static final String ITEM = "RESOURCE";
    static final String SELF_TEST = "SELF_TEST";

    @Inject
    private OfferingAccess access;

    @Inject
    private OfferingRepository offerings;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private AuditedCall audited;

    @EJB
    private OfferingSyncService syncService;

    /** The whole outline, parents before children, siblings by position; synced first when it lags behind. */
    public List<OfferingNodeView> outline(long offeringId) {
        syncService.syncIfBehind(offeringId);
        access.staffOffering(offeringId);
        return TeachingViews.inTreeOrder(offerings.nodes(offeringId).stream().map(TeachingViews::node).toList());
    }

    /**
     * Adds a local node at the end of its parent's children.
     *
     * @throws TeachingRefusedException for a missing or too long title, an unknown parent, an item without a
     *         published resource (400), a closed offering (409)
     */
    @Audited(action = ADD, target = "node:new")
    public OfferingNodeView add(@AuditScope("offering:") long offeringId, AddNodeCommand command) {
        CourseOffering offering = access.lockedForEdit(offeringId);
        OfferingNode parent = command.parentId() == null ? null : offerings.node(offeringId, command.parentId())
                .filter(p -> p.getDepth() < 3 && !p.isRetired())
                .orElseThrow(() -> new TeachingRefusedException("teaching.refused.unknownParent"));
        int depth = parent == null ? 1 : parent.getDepth() + 1;
        NodeContent content = depth == 3 && command.selfTest() ? selfTest(command.title())
                : content(command.title(), depth == 3 ? requirePublished(command.resourceId()) : null);
        int position = siblings(offeringId, parent).stream().mapToInt(OfferingNode::getPosition).max().orElse(-1) + 1;
        OfferingNode node = OfferingNode.local(offering, parent, depth, position, content);
        offerings.add(node);
        offerings.flush();
        audited.target("node:" + node.getId());
        audited.detail(node.getTitle());
        return TeachingViews.node(node);
    }

    /**
     * Changes one node; see {@link NodeChangeCommand}.
     *
     * @throws TeachingRefusedException for a bad title, resource, position or a due date on a non-module (400), an
     *         unknown node (404), a closed offering (409)
     */
    @Audited(action = CHANGE)
    public OfferingNodeView change(@AuditScope("offering:") long offeringId, @AuditTarget("node:") long nodeId,
            NodeChangeCommand command) {
        access.lockedForEdit(offeringId);
        OfferingNode node = offerings.node(offeringId, nodeId).orElseThrow(TeachingRefusedException::notFound);
        if (command.title() != null || command.resourceId() != null) {
            NodeContent now = node.content();
            Long resource = command.resourceId() == null ? now.resourceId() : node.getDepth() == 3
                    ? requirePublished(command.resourceId()) : invalid("teaching.refused.resource");
            NodeContent changed = content(command.title() == null ? now.title() : command.title(), resource);
            changed = new NodeContent(changed.title(), now.itemKind(), changed.resourceId(), now.assemblyId(),
                    now.pageBody(), now.minSeconds());
            if (!changed.equals(now)) {
                node.editLocally(changed);
            }
        }
        if (command.hidden() != null) {
            node.setHidden(command.hidden());
        }
        if (command.trial() != null) {
            node.setTrial(command.trial() && node.getDepth() == 3);
        }
        if (command.dueOn() != null) {
            if (node.getDepth() != 1) {
                invalid("teaching.refused.dueOn");
            }
            node.setDueOn(command.dueOn());
        }
        if (command.position() != null) {
            move(offeringId, node, command.position());
        }
        audited.detail(node.getTitle());
        return TeachingViews.node(node);
    }

    private void move(long offeringId, OfferingNode node, int position) {
        List<OfferingNode> siblings = new ArrayList<>(siblings(offeringId, node.getParent()));
        if (position < 0 || position >= siblings.size()) {
            invalid("teaching.refused.position");
        }
        siblings.remove(node);
        siblings.add(position, node);
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).place(i, true);
        }
    }

    private List<OfferingNode> siblings(long offeringId, OfferingNode parent) {
        return offerings.nodes(offeringId).stream().filter(n -> Objects.equals(n.getParent(), parent))
                .sorted(Comparator.comparingInt(OfferingNode::getPosition)).toList();
    }

    private NodeContent content(String title, Long resourceId) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > NodeContent.MAX_TITLE) {
            invalid("teaching.refused.nodeTitle");
        }
        screening.refuseBlocked(List.of(new ScreenedText("title", t)));
        return new NodeContent(t, resourceId == null ? null : ITEM, resourceId, null, null, 60);
    }

    /** A local SELF_TEST item: a title, no resource (issue 15 item 4). */
    private NodeContent selfTest(String title) {
        NodeContent titled = content(title, null);
        return new NodeContent(titled.title(), SELF_TEST, null, null, null, titled.minSeconds());
    }

    private Long requirePublished(Long resourceId) {
        if (resourceId == null || !offerings.publishedResource(resourceId)) {
            invalid("teaching.refused.resource");
        }
        return resourceId;
    }

    private static <T> T invalid(String key) {
        throw new TeachingRefusedException(key);
    }
}
