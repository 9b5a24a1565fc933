package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.domain.teaching.ClassStaff;
import org.ziyuanku.domain.teaching.CourseClass;
import org.ziyuanku.domain.teaching.CourseOffering;
import org.ziyuanku.domain.teaching.OfferingNode;
import org.ziyuanku.domain.teaching.OfferingTerm;
import org.ziyuanku.domain.teaching.StaffRole;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.course.PublishedCourseOutline;
import org.ziyuanku.service.course.PublishedCourses;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;
import org.ziyuanku.service.teaching.internal.ClassRepository;
import org.ziyuanku.service.teaching.internal.OfferingAccess;
import org.ziyuanku.service.teaching.internal.OfferingRepository;
import org.ziyuanku.service.teaching.internal.OfferingSync;
import org.ziyuanku.service.teaching.internal.TeachingViews;

/**
 * Offerings (开课): a teacher (realm role {@code teacher} or {@code course-team-lead}) offers a PUBLISHED standard
 * course for a term; the offering's outline starts as a copy of the standard outline. A re-offering (再次开课) copies
 * an earlier offering the caller may edit, with its local changes and its classes' names but no learners, then brings
 * it in step with the standard course once. The owner and the teachers of its classes publish and close it. Every
 * change is audited ({@code OFFERING_OFFER}, {@code OFFERING_PUBLISH}, {@code OFFERING_CLOSE}), refusals included.
 */
@Stateless
@PermitAll
public class OfferingService {

    static final String OFFER = "OFFERING_OFFER";
    static final String PUBLISH = "OFFERING_PUBLISH";
    static final String CLOSE = "OFFERING_CLOSE";

    @Inject
    private Caller caller;

    @Inject
    private OfferingAccess access;

    @Inject
    private OfferingRepository offerings;

    @Inject
    private ClassRepository classes;

    @Inject
    private PublishedCourses courses;

    @Inject
    private OfferingSync sync;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private AuditedCall audited;

    @EJB
    private OfferingSyncService syncService;

    /**
     * Offers the published course for the term (a DRAFT offering owned by the caller), or re-offers
     * {@code fromOfferingId}.
     *
     * @throws TeachingRefusedException for a malformed term, dates, title or mode, or no course (400), a course that
     *         is not published or an earlier offering the caller may not see (404)
     */
    @Audited(action = OFFER, target = "offering:new")
    public OfferingView offer(OfferCommand command) {
        requireTeacher();
        OfferingTerm term = checked(command.term());
        CourseOffering offering;
        if (command.fromOfferingId() != null) {
            offering = reoffer(command.fromOfferingId(), term);
        } else {
            if (command.courseId() == null) {
                throw new TeachingRefusedException(TeachingRefusedException.COURSE_REQUIRED);
            }
            PublishedCourseOutline outline = courses.outline(command.courseId())
                    .orElseThrow(TeachingRefusedException::notFound);
            offering = new CourseOffering(outline.courseId(), outline.courseVersion(), caller.accountId(),
                    caller.organisationId().orElse(null), term, null);
            offerings.add(offering);
            sync.copyOutline(offering, outline);
        }
        offerings.flush();
        audited.on("course:" + offering.getCourseId(), "offering:" + offering.getId());
        audited.detail(offering.getTermCode() + " " + offering.getTitle());
        return TeachingViews.offering(offering, true);
    }

    private CourseOffering reoffer(long previousId, OfferingTerm term) {
        CourseOffering previous = access.editableOffering(previousId);
        PublishedCourseOutline outline = courses.outline(previous.getCourseId())
                .orElseThrow(TeachingRefusedException::notFound);
        CourseOffering next = new CourseOffering(previous.getCourseId(), previous.getSyncedCourseVersion(),
                caller.accountId(), caller.organisationId().orElse(previous.getOrganisationId()), term, previousId);
        offerings.add(next);
        Map<Long, OfferingNode> copies = new HashMap<>();
        for (OfferingNode node : offerings.nodes(previousId)) {
            boolean parentCopied = node.getParent() == null || copies.containsKey(node.getParent().getId());
            if (!node.isRetired() && parentCopied) {
                OfferingNode copy = node.copyInto(next, node.getParent() == null ? null
                        : copies.get(node.getParent().getId()));
                offerings.add(copy);
                copies.put(node.getId(), copy);
            }
        }
        offerings.flush();
        for (CourseClass c : classes.ofOffering(previousId)) {
            CourseClass copy = new CourseClass(next, c.getName());
            classes.add(copy);
            classes.flush();
            classes.add(new ClassStaff(copy.getId(), caller.accountId(), StaffRole.TEACHER, caller.accountId()));
        }
        sync.sync(next, outline);
        return next;
    }

    /** Opens the offering to learners. @throws TeachingRefusedException once closed (409) */
    @Audited(action = PUBLISH)
    public OfferingView publish(@AuditScope("offering:") long offeringId) {
        CourseOffering offering = access.lockedForEdit(offeringId);
        offering.publish();
        return TeachingViews.offering(offering, true);
    }

    /** Closes the offering: no more enrolments or changes of its outline. */
    @Audited(action = CLOSE)
    public OfferingView close(@AuditScope("offering:") long offeringId) {
        CourseOffering offering = access.lockedForEdit(offeringId);
        offering.close();
        return TeachingViews.offering(offering, true);
    }

    /** The offerings the caller owns or works in (as teacher or assistant), newest first. */
    public List<OfferingView> mine() {
        return offerings.ofStaff(access.accountId()).stream()
                .map(o -> TeachingViews.offering(o, access.mayEdit(o))).toList();
    }

    /** The offering, for its staff, brought in step with the standard course first when it lags behind. */
    public OfferingView get(long offeringId) {
        syncService.syncIfBehind(offeringId);
        CourseOffering offering = access.staffOffering(offeringId);
        return TeachingViews.offering(offering, access.mayEdit(offering));
    }

    private void requireTeacher() {
        access.accountId();
        if (!caller.holdsAny(Set.of(PlatformRole.TEACHER, PlatformRole.COURSE_TEAM_LEAD))) {
            throw caller.denied("offer courses");
        }
    }

    private OfferingTerm checked(OfferingTerm term) {
        String broken = term == null ? "term" : term.check();
        if (broken != null) {
            throw new TeachingRefusedException("teaching.refused." + broken);
        }
        OfferingTerm normalised = term.normalised();
        screening.refuseBlocked(List.of(new ScreenedText("title", normalised.title())));
        return normalised;
    }
}
