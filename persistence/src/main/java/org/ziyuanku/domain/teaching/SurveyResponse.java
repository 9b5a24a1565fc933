package org.ziyuanku.domain.teaching;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What one learner answered to a survey. A named response carries the learner and the time; an anonymous one neither,
 * and its id is random (not a sequence), so neither its id nor its time orders it against the participation rows.
 */
@Entity
@Table(name = "class_survey_response")
public class SurveyResponse {

    @Id
    private UUID id;

    @Column(name = "survey_id", nullable = false)
    private long surveyId;

    @Column(name = "learner_id")
    private Long learnerId;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @ElementCollection
    @CollectionTable(name = "class_survey_answer", joinColumns = @JoinColumn(name = "response_id"))
    private List<SurveyAnswer> answers = new ArrayList<>();

    protected SurveyResponse() {
    }

    /** A response; {@code learnerId} null for an anonymous survey. */
    public SurveyResponse(long surveyId, Long learnerId, List<SurveyAnswer> answers) {
        this.id = UUID.randomUUID();
        this.surveyId = surveyId;
        this.learnerId = learnerId;
        replace(answers);
    }

    /** The learner's new answers (a named survey that allows changes). */
    public final void replace(List<SurveyAnswer> newAnswers) {
        answers.clear();
        answers.addAll(newAnswers);
        submittedAt = learnerId == null ? null : LocalDateTime.now();
    }

    public UUID getId() {
        return id;
    }

    public long getSurveyId() {
        return surveyId;
    }

    public Long getLearnerId() {
        return learnerId;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public List<SurveyAnswer> getAnswers() {
        return List.copyOf(answers);
    }
}
