package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.teaching.CourseClass;
import org.ziyuanku.domain.teaching.CourseOffering;
import org.ziyuanku.domain.teaching.EnrolmentMode;
import org.ziyuanku.domain.teaching.Enrolment;
import org.ziyuanku.domain.teaching.EnrolmentSource;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.teaching.internal.ClassRepository;
import org.ziyuanku.service.teaching.internal.EnrolmentWriter;
import org.ziyuanku.service.teaching.internal.OfferingAccess;
import org.ziyuanku.service.teaching.internal.OfferingRepository;

/**
 * Enrolment (选课): a signed-in learner enrols in a PUBLISHED offering with OPEN enrolment (into its first class) or
 * joins a class by its code (OPEN or CODE offerings), and leaves; learners of other schools and social learners only
 * when the offering is open to outsiders (403 otherwise). An unpublished offering, like an unknown code, is 404. A
 * class's teachers (or the offering's owner) list, add and remove its learners; assistants (助教) list them. One
 * active class per learner and offering. Every change fires {@link EnrolmentChanged} and is audited
 * ({@code ENROLMENT_JOIN}, {@code ENROLMENT_LEAVE}, {@code ENROLMENT_ADD}, {@code ENROLMENT_REMOVE}).
 */
@Stateless
@PermitAll
public class EnrolmentService {

    static final String JOIN = "ENROLMENT_JOIN";
    static final String LEAVE = "ENROLMENT_LEAVE";
    static final String ADD = "ENROLMENT_ADD";
    static final String REMOVE = "ENROLMENT_REMOVE";

    @Inject
    private Caller caller;

    @Inject
    private OfferingAccess access;

    @Inject
    private OfferingRepository offerings;

    @Inject
    private ClassRepository classes;

    @Inject
    private Accounts accounts;

    @Inject
    private AuditedCall audited;

    @Inject
    private Event<EnrolmentChanged> changed;

    @Inject
    private EnrolmentWriter writer;

    /** Enrols the caller in the open offering's first class. */
    @Audited(action = JOIN)
    public EnrolmentView enrol(@AuditScope("offering:") long offeringId) {
        CourseOffering offering = enrollable(offerings.find(offeringId).orElse(null));
        if (offering.getEnrolmentMode() != EnrolmentMode.OPEN) {
            throw new TeachingRefusedException(TeachingRefusedException.NOT_OPEN);
        }
        CourseClass first = classes.ofOffering(offeringId).stream().findFirst()
                .orElseThrow(() -> new TeachingRefusedException(TeachingRefusedException.NO_CLASS));
        return enrolCaller(first, EnrolmentSource.OPEN);
    }

    /** Joins the class with that code (blanks, dashes and O/I/L typed for 0/1 are forgiven). */
    @Audited(action = JOIN)
    public EnrolmentView join(String code) {
        String normalised = CourseClass.normaliseCode(code);
        if (normalised.isEmpty()) {
            throw new TeachingRefusedException(TeachingRefusedException.CODE_REQUIRED);
        }
        CourseClass c = classes.byCode(normalised).filter(k -> k.getOffering().isPublished())
                .orElseThrow(() -> new TeachingRefusedException(TeachingRefusedException.UNKNOWN_CODE));
        audited.on("offering:" + c.getOffering().getId(), "class:" + c.getId());
        CourseOffering offering = enrollable(c.getOffering());
        if (offering.getEnrolmentMode() == EnrolmentMode.ROSTER) {
            throw new TeachingRefusedException(TeachingRefusedException.ROSTER_ONLY);
        }
        return enrolCaller(c, EnrolmentSource.CODE);
    }

    /** The caller leaves the offering. @throws TeachingRefusedException when not enrolled (409) */
    @Audited(action = LEAVE)
    public void leave(@AuditScope("offering:") long offeringId) {
        Enrolment e = classes.activeEnrolment(offeringId, access.accountId())
                .orElseThrow(() -> new TeachingRefusedException(TeachingRefusedException.NOT_ENROLLED));
        e.end(true);
        audited.target("class:" + e.getClassId());
        changed.fire(new EnrolmentChanged(e.getId(), offeringId, e.getClassId(), e.getLearnerId(), e.getLearnerId(),
                "left"));
    }

    /** The caller's active enrolments. */
    public List<EnrolmentView> mine() {
        return classes.activeOf(access.accountId()).stream().map(e -> {
            CourseClass c = classes.find(e.getClassId()).orElseThrow();
            return new EnrolmentView(e.getId(), e.getOfferingId(), c.getId(), c.getName(), c.getOffering().getTitle());
        }).toList();
    }

    /** The class's active learners, for its staff and the owner (other staff of the offering 403). */
    public List<LearnerView> learners(long classId) {
        access.classOfStaff(classId);
        List<Enrolment> active = classes.activeIn(classId);
        Map<Long, UserAccount> people = accounts.byId(active.stream().map(Enrolment::getLearnerId).toList());
        return active.stream().map(e -> new LearnerView(e.getLearnerId(), people.get(e.getLearnerId()).getUsername(),
                people.get(e.getLearnerId()).getDisplayName(), e.getStudentNo(), e.getSource().name(),
                e.getEnrolledAt())).toList();
    }

    /** A teacher adds the person (by user name) to the class. */
    @Audited(action = ADD)
    public LearnerView add(@AuditScope("class:") long classId, @AuditTarget("user:") String username) {
        CourseClass c = access.classOfTeacher(classId);
        UserAccount learner = accounts.find(username == null ? "" : username.strip())
                .orElseThrow(() -> new TeachingRefusedException("teaching.refused.unknownPerson"));
        Enrolment e = writer.enrol(c, learner.getId(), EnrolmentSource.TEACHER, null);
        return new LearnerView(learner.getId(), learner.getUsername(), learner.getDisplayName(), null,
                e.getSource().name(), e.getEnrolledAt());
    }

    /** A teacher removes the learner from the class. @throws TeachingRefusedException when not in it (404) */
    @Audited(action = REMOVE)
    public void remove(@AuditScope("class:") long classId, @AuditTarget("account:") long learnerId) {
        CourseClass c = access.classOfTeacher(classId);
        Enrolment e = classes.activeEnrolment(c.getOffering().getId(), learnerId).filter(x -> x.getClassId() == classId)
                .orElseThrow(TeachingRefusedException::notFound);
        e.end(false);
        changed.fire(new EnrolmentChanged(e.getId(), e.getOfferingId(), classId, learnerId, access.accountId(),
                "left"));
    }

    private EnrolmentView enrolCaller(CourseClass c, EnrolmentSource source) {
        Enrolment e = writer.enrol(c, access.accountId(), source, null);
        audited.target("class:" + c.getId());
        return new EnrolmentView(e.getId(), e.getOfferingId(), c.getId(), c.getName(), c.getOffering().getTitle());
    }

    /** The offering when the caller may enrol: published (else 404), open to them (else 403). */
    private CourseOffering enrollable(CourseOffering offering) {
        access.accountId();
        if (offering == null || offering.getStatus() == org.ziyuanku.domain.teaching.OfferingStatus.DRAFT) {
            throw TeachingRefusedException.notFound();
        }
        if (offering.isClosed()) {
            throw new TeachingRefusedException(TeachingRefusedException.CLOSED);
        }
        boolean insider = offering.getOrganisationId() != null
                && caller.organisationId().filter(offering.getOrganisationId()::equals).isPresent();
        if (!insider && !offering.isOpenToOutsiders()) {
            throw new TeachingRefusedException(TeachingRefusedException.OUTSIDER);
        }
        return offering;
    }
}
