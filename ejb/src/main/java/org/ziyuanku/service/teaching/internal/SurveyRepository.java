package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ziyuanku.domain.teaching.ClassSurvey;
import org.ziyuanku.domain.teaching.SurveyResponse;
import org.ziyuanku.domain.teaching.SurveyStatus;
import org.ziyuanku.service.system.EntityRepository;

/**
 * Surveys of offerings, their responses, and who took part. Participation is a row of its own
 * ({@code class_survey_participant}), never joined to an anonymous response.
 */
@ApplicationScoped
public class SurveyRepository extends EntityRepository<ClassSurvey> {

    private static final String ORDER = " order by s.createdAt desc, s.id desc";

    public SurveyRepository() {
        super(ClassSurvey.class);
    }

    /** The offering's surveys for the whole offering and for the class that are no longer drafts, newest first. */
    public List<ClassSurvey> forLearnerClass(long offeringId, long classId) {
        return em.createQuery("select s from ClassSurvey s where s.offeringId = :o and (s.classId is null or"
                + " s.classId = :c) and s.status <> :draft" + ORDER, ClassSurvey.class).setParameter("o", offeringId)
                .setParameter("c", classId).setParameter("draft", SurveyStatus.DRAFT).getResultList();
    }

    /** The offering's surveys for the whole offering and for any of the classes, newest first. */
    public List<ClassSurvey> forClasses(long offeringId, List<Long> classIds) {
        List<Long> ids = classIds.isEmpty() ? List.of(-1L) : classIds;
        return em.createQuery("select s from ClassSurvey s where s.offeringId = :o and (s.classId is null or"
                + " s.classId in :c)" + ORDER, ClassSurvey.class).setParameter("o", offeringId).setParameter("c", ids)
                .getResultList();
    }

    /** Records that the learner took part; false when they already had (the row is the one-response guard). */
    public boolean participate(long surveyId, long learnerId) {
        return em.createNativeQuery("insert into class_survey_participant (survey_id, learner_id) values (?1, ?2)"
                + " on conflict do nothing").setParameter(1, surveyId).setParameter(2, learnerId)
                .executeUpdate() == 1;
    }

    public boolean participated(long surveyId, long learnerId) {
        return !em.createNativeQuery("select 1 from class_survey_participant where survey_id = ?1 and learner_id = ?2")
                .setParameter(1, surveyId).setParameter(2, learnerId).getResultList().isEmpty();
    }

    public int participants(long surveyId) {
        return ((Number) em.createNativeQuery("select count(*) from class_survey_participant where survey_id = ?1")
                .setParameter(1, surveyId).getSingleResult()).intValue();
    }

    public void addResponse(SurveyResponse response) {
        em.persist(response);
    }

    /** The learner's response to a named survey. */
    public Optional<SurveyResponse> namedResponse(long surveyId, long learnerId) {
        return em.createQuery("select r from SurveyResponse r where r.surveyId = :s and r.learnerId = :l",
                SurveyResponse.class).setParameter("s", surveyId).setParameter("l", learnerId).getResultList()
                .stream().findFirst();
    }

    /** The survey's responses with their answers, in the order of their (random) ids. */
    public List<SurveyResponse> responses(long surveyId) {
        return em.createQuery("select distinct r from SurveyResponse r left join fetch r.answers where r.surveyId = :s"
                + " order by r.id", SurveyResponse.class).setParameter("s", surveyId).getResultList();
    }

    /** The student numbers of the offering's enrolled learners (ACTIVE or not; the latest enrolment wins). */
    public Map<Long, String> studentNumbers(long offeringId) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("select learner_id, student_no from enrolment where offering_id = ?1"
                + " order by enrolled_at", Tuple.class).setParameter(1, offeringId).getResultList();
        Map<Long, String> numbers = new HashMap<>();
        rows.forEach(r -> numbers.put(((Number) r.get("learner_id")).longValue(), (String) r.get("student_no")));
        return numbers;
    }
}
