package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ziyuanku.domain.teaching.CourseOffering;
import org.ziyuanku.domain.teaching.OfferingNode;
import org.ziyuanku.domain.teaching.OfferingStatus;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.teaching.internal.ClassRepository;
import org.ziyuanku.service.teaching.internal.OfferingRepository;
import org.ziyuanku.service.teaching.internal.TeachingViews;

/**
 * Offerings as anyone sees them, also anonymous visitors (the portal's offering page, {@code GET
 * /api/v1/offerings/{id}}): a PUBLISHED or CLOSED offering and its visible outline (neither hidden nor retired), with
 * the items marked for trial learning (试学). A DRAFT offering exists only for its staff: anyone else gets
 * {@link TeachingRefusedException#notFound()}, exactly as for an id that does not exist. Staff see their full outline.
 * Public: outside the OIDC virtual domain.
 */
@Stateless
@PermitAll
public class OfferingCatalogueService {

    @Inject
    private Caller caller;

    @Inject
    private OfferingRepository offerings;

    @Inject
    private ClassRepository classes;

    @EJB
    private OfferingSyncService syncService;

    /** The offering, when published or closed, or when the caller is on its staff. */
    public OfferingView offering(long offeringId) {
        CourseOffering offering = visible(offeringId);
        return TeachingViews.offering(offering, false);
    }

    /** The outline learners see (staff: the whole outline), parents before children. */
    public List<OfferingNodeView> outline(long offeringId) {
        syncService.syncIfBehind(offeringId);
        CourseOffering offering = visible(offeringId);
        List<OfferingNode> nodes = offerings.nodes(offeringId);
        if (isStaff(offering)) {
            return TeachingViews.inTreeOrder(nodes.stream().map(TeachingViews::node).toList());
        }
        Set<Long> shown = new HashSet<>();
        return TeachingViews.inTreeOrder(nodes.stream().filter(n -> !n.isHidden() && !n.isRetired()
                && (n.getParent() == null || shown.contains(n.getParent().getId()))).peek(n -> shown.add(n.getId()))
                .map(TeachingViews::node).toList());
    }

    /** Published offerings not yet over, across all libraries, newest start first (the platform home page). */
    public List<OfferingCardView> onOffer(int max) {
        return offerings.onOffer(LocalDate.now(), Math.min(Math.max(max, 1), 50));
    }

    /** The caller's own enrolment in the offering, if any (for the portal's buttons). */
    public boolean enrolled(long offeringId) {
        return !caller.isAnonymous() && classes.activeEnrolment(offeringId, caller.accountId()).isPresent();
    }

    private CourseOffering visible(long offeringId) {
        CourseOffering offering = offerings.find(offeringId).orElseThrow(TeachingRefusedException::notFound);
        if (offering.getStatus() == OfferingStatus.DRAFT && !isStaff(offering)) {
            throw TeachingRefusedException.notFound();
        }
        return offering;
    }

    private boolean isStaff(CourseOffering offering) {
        return !caller.isAnonymous() && (caller.is(offering.getOwnerId())
                || !classes.staffingOf(offering.getId(), caller.accountId()).isEmpty());
    }
}
