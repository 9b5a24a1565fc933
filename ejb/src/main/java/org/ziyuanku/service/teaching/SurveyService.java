package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.teaching.ClassSurvey;
import org.ziyuanku.domain.teaching.SurveyItem;
import org.ziyuanku.domain.teaching.SurveyKind;
import org.ziyuanku.domain.teaching.SurveySettings;
import org.ziyuanku.domain.teaching.SurveyStatus;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;
import org.ziyuanku.service.teaching.internal.SurveyAccess;
import org.ziyuanku.service.teaching.internal.SurveyContent;
import org.ziyuanku.service.teaching.internal.SurveyRepository;
import org.ziyuanku.service.teaching.internal.SurveyViews;

/**
 * Votes (投票) and questionnaires (问卷) of an offering, for one class or all of them, on the staff side. The staff of a
 * class create surveys for it; the owner and the offering's TEACHERs also for every class. Staff of the survey's class
 * (or offering) edit it while DRAFT, open it, close it and delete it. Every text passes the sensitive-word screen.
 * A learner it is for who tries a staff step gets 403; anyone else 404, audited as a denial.
 */
@Stateless
@PermitAll
public class SurveyService {

    static final String CREATE = "SURVEY_CREATE";
    static final String EDIT = "SURVEY_EDIT";
    static final String OPEN = "SURVEY_OPEN";
    static final String CLOSE = "SURVEY_CLOSE";
    static final String DELETE = "SURVEY_DELETE";

    @Inject
    private SurveyAccess access;

    @Inject
    private SurveyRepository surveys;

    @Inject
    private SurveyViews views;

    @Inject
    private TeachingAccess teaching;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private AuditedCall audited;

    /**
     * Creates a DRAFT survey.
     *
     * @throws SurveyRefusedException for contents that break a rule (400)
     * @throws org.ziyuanku.service.review.SensitiveWordBlockedException naming the blocked words; nothing is stored
     */
    @Audited(action = CREATE, target = "survey:new")
    public SurveyView create(@AuditScope("offering:") long offeringId, SurveyCommand command) {
        access.creatable(offeringId, command.classId());
        SurveyKind kind = SurveyContent.kind(command.kind());
        ClassSurvey survey = new ClassSurvey(offeringId, command.classId(), access.accountId(), kind);
        fill(survey, command);
        surveys.add(survey);
        surveys.flush();
        audited.target("survey:" + survey.getId());
        return views.of(survey, null);
    }

    /** New contents of a DRAFT survey (409 once opened); the kind and class stay. */
    @Audited(action = EDIT)
    public SurveyView edit(@AuditTarget("survey:") long surveyId, SurveyCommand command) {
        ClassSurvey survey = draft(surveyId);
        fill(survey, command);
        surveys.flush();
        return views.of(survey, null);
    }

    /** Opens a DRAFT survey to its learners. */
    @Audited(action = OPEN)
    public SurveyView open(@AuditTarget("survey:") long surveyId) {
        ClassSurvey survey = draft(surveyId);
        survey.open();
        surveys.flush();
        return views.of(survey, null);
    }

    /** Closes a survey: no response is taken or changed any more. Closing a closed one changes nothing. */
    @Audited(action = CLOSE)
    public SurveyView close(@AuditTarget("survey:") long surveyId) {
        ClassSurvey survey = access.staffSurvey(surveyId);
        survey.close();
        surveys.flush();
        return views.of(survey, null);
    }

    /** Deletes the survey with its responses and participation. */
    @Audited(action = DELETE)
    public void delete(@AuditTarget("survey:") long surveyId) {
        surveys.remove(access.staffSurvey(surveyId));
    }

    /**
     * The offering's surveys for the caller, newest first: staff see all of their classes' and the offering's; an
     * enrolled learner those of their class and the offering that are not drafts. Anyone else 404.
     */
    public List<SurveyView> list(long offeringId) {
        long me = access.accountId();
        Optional<Long> myClass = teaching.classOfLearner(offeringId, me);
        if (myClass.isPresent() && access.isAudience(offeringId, myClass.get())) {
            return views.of(surveys.forLearnerClass(offeringId, myClass.get()), me);
        }
        access.staffOffering(offeringId);
        return views.of(surveys.forClasses(offeringId, teaching.visibleClassIds(offeringId, me)), null);
    }

    /** One survey, for its staff or a learner it is for (not a draft). */
    public SurveyView get(long surveyId) {
        ClassSurvey survey = surveys.find(surveyId).orElseThrow(TeachingRefusedException::notFound);
        if (access.isAudience(survey.getOfferingId(), survey.getClassId())) {
            return views.of(access.learnerSurvey(surveyId), access.accountId());
        }
        return views.of(access.staffSurvey(surveyId), null);
    }

    private ClassSurvey draft(long surveyId) {
        ClassSurvey survey = access.staffSurvey(surveyId);
        if (survey.getStatus() != SurveyStatus.DRAFT) {
            throw new SurveyRefusedException(SurveyRefusedException.NOT_DRAFT);
        }
        return survey;
    }

    private void fill(ClassSurvey survey, SurveyCommand command) {
        SurveySettings settings = SurveyContent.settings(command);
        List<SurveyItem> items = SurveyContent.items(survey.getKind(), command.items());
        List<ScreenedText> texts = new ArrayList<>(SurveyContent.texts(settings, items));
        screening.refuseBlocked(texts);
        survey.change(settings, items);
    }
}
