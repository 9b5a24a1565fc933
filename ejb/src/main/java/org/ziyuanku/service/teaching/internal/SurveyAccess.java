package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ziyuanku.domain.teaching.ClassSurvey;
import org.ziyuanku.domain.teaching.CourseClass;
import org.ziyuanku.domain.teaching.CourseOffering;
import org.ziyuanku.domain.teaching.SurveyStatus;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.teaching.TeachingAccess;
import org.ziyuanku.service.teaching.TeachingRefusedException;

/**
 * Who may do what with a survey: the staff of its class (or, for a survey of the whole offering, of the offering)
 * manage it; the offering's owner and TEACHERs also create surveys for every class. A learner the survey is for who
 * asks for a staff step gets 403; a learner it is not for, or a draft, and anyone else get 404 with a denial in the
 * audit trail.
 */
@ApplicationScoped
public class SurveyAccess {

    @Inject
    private Caller caller;

    @Inject
    private OfferingAccess access;

    @Inject
    private TeachingAccess teaching;

    @Inject
    private SurveyRepository surveys;

    /** Checks that the caller may create a survey for the class (null: the whole offering) of the offering. */
    public CourseOffering creatable(long offeringId, Long classId) {
        if (isAudience(offeringId, classId)) {
            throw caller.denied("create a survey in offering " + offeringId);
        }
        CourseOffering offering = access.staffOffering(offeringId);
        if (classId == null && !access.mayEdit(offering)) {
            throw caller.denied("create a survey for every class of offering " + offeringId);
        }
        if (classId != null) {
            CourseClass c = access.classOfStaff(classId);
            if (c.getOffering().getId() != offeringId) {
                throw TeachingRefusedException.concealedDenial();
            }
        }
        return offering;
    }

    /** The survey, when the caller is on the staff of its class or offering. */
    public ClassSurvey staffSurvey(long surveyId) {
        ClassSurvey survey = surveys.find(surveyId).orElseThrow(TeachingRefusedException::notFound);
        if (isAudience(survey.getOfferingId(), survey.getClassId())) {
            throw caller.denied("manage survey " + surveyId);
        }
        if (survey.getClassId() == null) {
            access.staffOffering(survey.getOfferingId());
        } else {
            access.classOfStaff(survey.getClassId());
        }
        return survey;
    }

    /** The survey, when the caller is an ACTIVE learner it is for and it is no longer a draft. */
    public ClassSurvey learnerSurvey(long surveyId) {
        ClassSurvey survey = surveys.find(surveyId).orElseThrow(TeachingRefusedException::notFound);
        if (survey.getStatus() == SurveyStatus.DRAFT || !isAudience(survey.getOfferingId(), survey.getClassId())) {
            throw TeachingRefusedException.concealedDenial();
        }
        return survey;
    }

    /** Whether the caller is an ACTIVE learner of the offering in the class (any class when null) and not its staff. */
    public boolean isAudience(long offeringId, Long classId) {
        long me = access.accountId();
        Optional<Long> myClass = teaching.classOfLearner(offeringId, me);
        return myClass.isPresent() && (classId == null || classId.equals(myClass.get()))
                && teaching.visibleClassIds(offeringId, me).isEmpty();
    }

    /** Checks that the caller owns the offering or works in one of its classes (404 otherwise). */
    public void staffOffering(long offeringId) {
        access.staffOffering(offeringId);
    }

    public long accountId() {
        return access.accountId();
    }
}
