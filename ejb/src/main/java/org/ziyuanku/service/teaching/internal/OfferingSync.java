package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ziyuanku.domain.teaching.CourseOffering;
import org.ziyuanku.domain.teaching.IncomingChange;
import org.ziyuanku.domain.teaching.NodeContent;
import org.ziyuanku.domain.teaching.OfferingNode;
import org.ziyuanku.service.course.PublishedCourseNode;
import org.ziyuanku.service.course.PublishedCourseOutline;

/**
 * Brings an offering's outline in step with the published standard course, node by node (by {@code node_key}):
 * content the teacher did not change flows in silently (APPLIED); a node changed locally keeps the teacher's version
 * and the standard change waits as a PENDING {@link IncomingChange} (CHANGED, or REMOVED); nodes the standard course
 * added wait as PENDING ADDED. A node the standard course removed is retired, never deleted. Placement follows the
 * standard course while the teacher has not moved the node. Idempotent: a second run of the same version changes
 * nothing. The caller holds the offering's row lock.
 */
@ApplicationScoped
public class OfferingSync {

    @Inject
    private OfferingRepository offerings;

    /** The offering's first outline: a copy of every standard node, in step with its content hash. */
    public void copyOutline(CourseOffering offering, PublishedCourseOutline outline) {
        Map<UUID, OfferingNode> byKey = new HashMap<>();
        for (PublishedCourseNode n : outline.nodes()) {
            OfferingNode copy = OfferingNode.fromStandard(offering, byKey.get(n.parentKey()), n.depth(), n.position(),
                    n.nodeKey(), n.contentHash(), content(n), n.trialDefault());
            offerings.add(copy);
            byKey.put(n.nodeKey(), copy);
        }
    }

    /** Syncs the offering with the outline, when the outline is newer than what the offering took over. */
    public void sync(CourseOffering offering, PublishedCourseOutline outline) {
        if (outline.courseVersion() <= offering.getSyncedCourseVersion()) {
            return;
        }
        List<OfferingNode> nodes = offerings.nodes(offering.getId());
        Map<UUID, OfferingNode> byKey = new HashMap<>();
        nodes.stream().filter(n -> n.getOriginKey() != null).forEach(n -> byKey.put(n.getOriginKey(), n));
        Map<UUID, IncomingChange> pending = new HashMap<>();
        offerings.changes(offering.getId(), true).forEach(c -> pending.put(c.getOriginKey(), c));
        Set<UUID> standardKeys = new HashSet<>();
        for (PublishedCourseNode standard : outline.nodes()) {
            standardKeys.add(standard.nodeKey());
            OfferingNode node = byKey.get(standard.nodeKey());
            if (node == null) {
                offer(offering, pending, standard.nodeKey(), null, IncomingChange.Kind.ADDED, outline,
                        standard.contentHash());
            } else {
                syncNode(offering, node, standard, pending, outline);
            }
        }
        for (OfferingNode node : nodes) {
            if (node.getOriginKey() != null && !node.isRetired() && !standardKeys.contains(node.getOriginKey())) {
                removed(offering, node, pending, outline);
            }
        }
        offering.syncedTo(outline.courseVersion());
        offerings.flush();
    }

    private void syncNode(CourseOffering offering, OfferingNode node, PublishedCourseNode standard,
            Map<UUID, IncomingChange> pending, PublishedCourseOutline outline) {
        if (!node.isLocalPlacement() && node.getPosition() != standard.position()) {
            node.place(standard.position(), false);
        }
        if (standard.contentHash().equals(node.getBaseHash()) && !node.isRetired()) {
            return;
        }
        if (node.isLocalChanged()) {
            offer(offering, pending, standard.nodeKey(), node.getId(), IncomingChange.Kind.CHANGED, outline,
                    standard.contentHash());
        } else {
            node.takeStandard(content(standard), standard.contentHash());
            offerings.add(new IncomingChange(offering.getId(), standard.nodeKey(), node.getId(),
                    IncomingChange.Kind.CHANGED, outline.courseVersion(), standard.contentHash(),
                    IncomingChange.Status.APPLIED));
        }
    }

    private void removed(CourseOffering offering, OfferingNode node, Map<UUID, IncomingChange> pending,
            PublishedCourseOutline outline) {
        if (node.isLocalChanged()) {
            offer(offering, pending, node.getOriginKey(), node.getId(), IncomingChange.Kind.REMOVED, outline, null);
        } else {
            node.retire();
            offerings.add(new IncomingChange(offering.getId(), node.getOriginKey(), node.getId(),
                    IncomingChange.Kind.REMOVED, outline.courseVersion(), null, IncomingChange.Status.APPLIED));
        }
    }

    /** A PENDING change for the teacher, or the pending one of the same node renewed; not one they declined. */
    private void offer(CourseOffering offering, Map<UUID, IncomingChange> pending, UUID key, Long nodeId,
            IncomingChange.Kind kind, PublishedCourseOutline outline, String hash) {
        if (offerings.declined(offering.getId(), key, hash)) {
            return;
        }
        IncomingChange open = pending.get(key);
        if (open != null) {
            open.renew(kind, outline.courseVersion(), hash);
            return;
        }
        IncomingChange change = new IncomingChange(offering.getId(), key, nodeId, kind, outline.courseVersion(), hash,
                IncomingChange.Status.PENDING);
        offerings.add(change);
        pending.put(key, change);
    }

    /** The standard node's content as an offering node takes it over. */
    public static NodeContent content(PublishedCourseNode n) {
        return new NodeContent(n.title(), n.itemKind(), n.resourceId(), n.assemblyId(), n.pageBody(), n.minSeconds());
    }
}
