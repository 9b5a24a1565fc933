package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ziyuanku.domain.teaching.ClassSurvey;
import org.ziyuanku.domain.teaching.SurveyAnswer;
import org.ziyuanku.domain.teaching.SurveyResponse;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.review.SensitiveWordScreening;
import org.ziyuanku.service.teaching.internal.SurveyAccess;
import org.ziyuanku.service.teaching.internal.SurveyAnswers;
import org.ziyuanku.service.teaching.internal.SurveyRepository;
import org.ziyuanku.service.teaching.internal.SurveyTally;
import org.ziyuanku.service.teaching.internal.SurveyViews;
import org.ziyuanku.service.teaching.internal.SurveyWorkbook;

/**
 * Answering surveys and reading their results. An ACTIVE learner the survey is for responds once while it takes
 * responses; a named survey that allows it takes a changed response until it closes. Who responded is stored apart
 * from what they answered; an anonymous response carries neither the learner nor a time, so no result or export can
 * name its author. Staff read results with the free texts and export them to Excel; a learner reads the counts after
 * responding, when the survey shows results to learners (otherwise 403).
 */
@Stateless
@PermitAll
public class SurveyResponseService {

    static final String RESPOND = "SURVEY_RESPOND";
    static final String RESULTS = "SURVEY_RESULTS";
    static final String EXPORT = "SURVEY_EXPORT";

    @Inject
    private SurveyAccess access;

    @Inject
    private SurveyRepository surveys;

    @Inject
    private SurveyViews views;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private Caller caller;

    /**
     * Records the caller's response.
     *
     * @throws SurveyRefusedException for answers that break a rule (400), a survey not taking responses, or answered
     *         already where it cannot be changed (409)
     * @throws org.ziyuanku.service.review.SensitiveWordBlockedException naming the blocked words; nothing is stored
     */
    @Audited(action = RESPOND)
    public SurveyView respond(@AuditTarget("survey:") long surveyId, List<SurveyAnswerCommand> answers) {
        ClassSurvey survey = access.learnerSurvey(surveyId);
        if (!survey.isAccepting(LocalDateTime.now())) {
            throw new SurveyRefusedException(SurveyRefusedException.NOT_OPEN);
        }
        List<SurveyAnswer> rows = SurveyAnswers.of(survey.getItems(), answers);
        screening.refuseBlocked(SurveyAnswers.texts(rows));
        long me = access.accountId();
        if (surveys.participate(surveyId, me)) {
            surveys.addResponse(new SurveyResponse(surveyId, survey.isAnonymous() ? null : me, rows));
        } else if (survey.isChangeable()) {
            surveys.namedResponse(surveyId, me).orElseThrow(() -> new SurveyRefusedException(
                    SurveyRefusedException.ANSWERED)).replace(rows);
        } else {
            throw new SurveyRefusedException(SurveyRefusedException.ANSWERED);
        }
        surveys.flush();
        return views.of(survey, me);
    }

    /**
     * The results: for staff with the free texts; for a learner who responded, when the survey shows results to
     * learners, without them (403 otherwise).
     */
    @Audited(action = RESULTS, outcomes = AuditOutcome.DENIED)
    public SurveyResultsView results(@AuditTarget("survey:") long surveyId) {
        ClassSurvey survey = surveys.find(surveyId).orElseThrow(TeachingRefusedException::notFound);
        boolean learner = access.isAudience(survey.getOfferingId(), survey.getClassId());
        if (learner) {
            access.learnerSurvey(surveyId);
            if (!survey.isResultsVisible() || !surveys.participated(surveyId, access.accountId())) {
                throw caller.denied("read the results of survey " + surveyId);
            }
        } else {
            access.staffSurvey(surveyId);
        }
        return SurveyTally.of(survey, surveys.responses(surveyId), surveys.participants(surveyId), !learner);
    }

    /** The survey and its responses as an Excel workbook, for its staff. */
    @Audited(action = EXPORT)
    public byte[] export(@AuditTarget("survey:") long surveyId, Locale locale) {
        ClassSurvey survey = access.staffSurvey(surveyId);
        List<SurveyResponse> responses = surveys.responses(surveyId);
        SurveyResultsView results = SurveyTally.of(survey, responses, surveys.participants(surveyId), true);
        Map<Long, UserAccount> people = survey.isAnonymous() ? Map.of() : views.people(responses.stream()
                .map(SurveyResponse::getLearnerId).filter(id -> id != null).toList());
        Map<Long, String> numbers = survey.isAnonymous() ? Map.of() : surveys.studentNumbers(survey.getOfferingId());
        List<SurveyWorkbook.ResponseRow> rows = responses.stream().map(r -> survey.isAnonymous() || r.getLearnerId()
                == null ? new SurveyWorkbook.ResponseRow(null, null, r.getAnswers()) : new SurveyWorkbook.ResponseRow(
                name(people.get(r.getLearnerId())), numbers.get(r.getLearnerId()), r.getAnswers())).toList();
        return SurveyWorkbook.of(survey, results, rows, locale);
    }

    private static String name(UserAccount account) {
        if (account == null) {
            return "";
        }
        return account.getRealName() != null ? account.getRealName() : account.getDisplayName();
    }
}
