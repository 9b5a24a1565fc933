package org.ziyuanku.domain.teaching;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A vote (投票) or questionnaire (问卷) of an offering, for one of its classes or for all of them ({@code classId}
 * null). Its items are edited while DRAFT; it takes responses while OPEN and inside its window (opens/closes, either
 * may be absent), and never after CLOSED. An anonymous survey never allows changing a response: the response cannot be
 * found again without tying it to the learner.
 */
@Entity
@Table(name = "class_survey")
public class ClassSurvey extends OfferingPost {

    public static final int MAX_TITLE = 100;
    public static final int MAX_DESCRIPTION = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "class_survey_seq")
    @SequenceGenerator(name = "class_survey_seq", sequenceName = "class_survey_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SurveyKind kind;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    @Column(nullable = false)
    private boolean anonymous;

    @Column(name = "results_visible", nullable = false)
    private boolean resultsVisible;

    @Column(nullable = false)
    private boolean changeable;

    @Column(name = "opens_at")
    private LocalDateTime opensAt;

    @Column(name = "closes_at")
    private LocalDateTime closesAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SurveyStatus status = SurveyStatus.DRAFT;

    @ElementCollection
    @CollectionTable(name = "class_survey_item", joinColumns = @JoinColumn(name = "survey_id"))
    @OrderColumn(name = "position")
    private List<SurveyItem> items = new ArrayList<>();

    protected ClassSurvey() {
    }

    public ClassSurvey(long offeringId, Long classId, long authorId, SurveyKind kind) {
        super(offeringId, classId, authorId);
        this.kind = kind;
    }

    /** New contents (only while DRAFT; the service checks). */
    public void change(SurveySettings settings, List<SurveyItem> newItems) {
        this.title = settings.title();
        this.description = settings.description();
        this.anonymous = settings.anonymous();
        this.resultsVisible = settings.resultsVisible();
        this.changeable = settings.changeable() && !settings.anonymous();
        this.opensAt = settings.opensAt();
        this.closesAt = settings.closesAt();
        items.clear();
        items.addAll(newItems);
    }

    public void open() {
        status = SurveyStatus.OPEN;
    }

    public void close() {
        status = SurveyStatus.CLOSED;
    }

    /** Whether it takes responses at the time: OPEN, opened and not yet closed. */
    public boolean isAccepting(LocalDateTime now) {
        return status == SurveyStatus.OPEN && (opensAt == null || !now.isBefore(opensAt))
                && (closesAt == null || now.isBefore(closesAt));
    }

    /** Whether no response can come any more: CLOSED, or OPEN past its closing time. */
    public boolean isOver(LocalDateTime now) {
        return status == SurveyStatus.CLOSED || status == SurveyStatus.OPEN && closesAt != null
                && !now.isBefore(closesAt);
    }

    public Long getId() {
        return id;
    }

    public SurveyKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public boolean isResultsVisible() {
        return resultsVisible;
    }

    public boolean isChangeable() {
        return changeable;
    }

    public LocalDateTime getOpensAt() {
        return opensAt;
    }

    public LocalDateTime getClosesAt() {
        return closesAt;
    }

    public SurveyStatus getStatus() {
        return status;
    }

    public List<SurveyItem> getItems() {
        return List.copyOf(items);
    }
}
