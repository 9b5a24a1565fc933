package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ziyuanku.domain.teaching.CourseOffering;
import org.ziyuanku.domain.teaching.IncomingChange;
import org.ziyuanku.domain.teaching.OfferingNode;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.course.PublishedCourseNode;
import org.ziyuanku.service.course.PublishedCourses;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.teaching.internal.OfferingAccess;
import org.ziyuanku.service.teaching.internal.OfferingRepository;
import org.ziyuanku.service.teaching.internal.OfferingSync;

/**
 * The inbox of changes of the standard course that wait for the teacher (what Canvas Blueprint users ask for): a
 * change of an item they changed locally, an item the standard course removed although they changed it, an item the
 * standard course added. Accepting takes the standard version (and clears the local change), retires the node, or
 * adds it; declining keeps the offering as it is, and the same change is not offered again. Staff see the inbox; the
 * owner and teachers decide (assistants 403). Decisions are audited ({@code OFFERING_CHANGE_DECIDE}).
 */
@Stateless
@PermitAll
public class IncomingChangeService {

    static final String DECIDE = "OFFERING_CHANGE_DECIDE";

    @Inject
    private Caller caller;

    @Inject
    private OfferingAccess access;

    @Inject
    private OfferingRepository offerings;

    @Inject
    private PublishedCourses courses;

    @EJB
    private OfferingSyncService syncService;

    /** The offering's pending changes (all changes with {@code history}); synced first when it lags behind. */
    public List<IncomingChangeView> changes(long offeringId, boolean history) {
        syncService.syncIfBehind(offeringId);
        CourseOffering offering = access.staffOffering(offeringId);
        Map<UUID, PublishedCourseNode> standard = standard(offering);
        Map<Long, OfferingNode> nodes = offerings.nodes(offeringId).stream()
                .collect(Collectors.toMap(OfferingNode::getId, Function.identity()));
        return offerings.changes(offeringId, !history).stream().map(c -> view(c, nodes.get(c.getOfferingNodeId()),
                standard.get(c.getOriginKey()))).toList();
    }

    /**
     * Accepts or declines a pending change.
     *
     * @throws TeachingRefusedException for an unknown change (404), one decided already, or an added node whose parent
     *         the offering does not have (409)
     */
    @Audited(action = DECIDE)
    public IncomingChangeView decide(@AuditScope("offering:") long offeringId, @AuditTarget("change:") long changeId,
            boolean accept) {
        CourseOffering offering = access.lockedForEdit(offeringId);
        IncomingChange change = offerings.change(offeringId, changeId).orElseThrow(TeachingRefusedException::notFound);
        if (!change.isPending()) {
            throw new TeachingRefusedException(TeachingRefusedException.DECIDED);
        }
        PublishedCourseNode standard = standard(offering).get(change.getOriginKey());
        OfferingNode node = change.getOfferingNodeId() == null ? null
                : offerings.node(offeringId, change.getOfferingNodeId()).orElse(null);
        if (accept) {
            node = accept(offering, change, node, standard);
        } else if (node != null) {
            decline(change, node);
        }
        change.decide(accept, caller.accountId());
        offerings.flush();
        return view(change, node, standard);
    }

    private OfferingNode accept(CourseOffering offering, IncomingChange change, OfferingNode node,
            PublishedCourseNode standard) {
        if (standard == null || change.getKind() == IncomingChange.Kind.REMOVED) {
            Optional.ofNullable(node).ifPresent(OfferingNode::retire);
            return node;
        }
        if (node != null) {
            node.takeStandard(OfferingSync.content(standard), standard.contentHash());
            return node;
        }
        OfferingNode parent = null;
        if (standard.parentKey() != null) {
            parent = offerings.nodes(offering.getId()).stream()
                    .filter(n -> standard.parentKey().equals(n.getOriginKey()) && !n.isRetired()).findFirst()
                    .orElseThrow(() -> new TeachingRefusedException(TeachingRefusedException.PARENT_MISSING));
        }
        OfferingNode added = OfferingNode.fromStandard(offering, parent, standard.depth(), standard.position(),
                standard.nodeKey(), standard.contentHash(), OfferingSync.content(standard), standard.trialDefault());
        offerings.add(added);
        offerings.flush();
        change.attachTo(added.getId());
        return added;
    }

    private static void decline(IncomingChange change, OfferingNode node) {
        if (change.getStandardHash() != null) {
            node.declineStandard(change.getStandardHash());
        }
    }

    private Map<UUID, PublishedCourseNode> standard(CourseOffering offering) {
        return courses.outline(offering.getCourseId()).map(o -> o.nodes().stream()
                .collect(Collectors.toMap(PublishedCourseNode::nodeKey, Function.identity()))).orElse(Map.of());
    }

    private static IncomingChangeView view(IncomingChange c, OfferingNode node, PublishedCourseNode standard) {
        return new IncomingChangeView(c.getId(), c.getKind().name(), c.getStatus().name(), c.getOfferingNodeId(),
                node == null ? null : node.getTitle(), standard == null ? null : standard.title(),
                c.getCourseVersion(), c.getCreatedAt());
    }
}
