package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A question (答疑) a learner asked in their class, about one course item when {@code nodeId} is set; its answers are
 * {@link ClassAnswer} rows. {@code held} while a flagged word waits for staff approval. {@code searchTitle} is the
 * title normalised for similar-question matching ({@link #normalise}).
 */
@Entity
@Table(name = "class_question")
public class ClassQuestion {

    public static final int MAX_TITLE = 100;
    public static final int MAX_BODY = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "class_question_seq")
    @SequenceGenerator(name = "class_question_seq", sequenceName = "class_question_seq", allocationSize = 50)
    private Long id;

    @Column(name = "offering_id", nullable = false)
    private long offeringId;

    @Column(name = "class_id", nullable = false)
    private long classId;

    @Column(name = "offering_node_id")
    private Long nodeId;

    @Column(name = "asker_id", nullable = false)
    private long askerId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "search_title", nullable = false, length = MAX_TITLE)
    private String searchTitle;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuestionStatus status;

    @Column(nullable = false)
    private boolean held;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private LocalDateTime lastActivityAt;

    @Column(name = "closed_by")
    private Long closedBy;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Version
    private int version;

    protected ClassQuestion() {
    }

    public ClassQuestion(long offeringId, long classId, Long nodeId, long askerId, String title, String body,
            boolean held) {
        this.offeringId = offeringId;
        this.classId = classId;
        this.nodeId = nodeId;
        this.askerId = askerId;
        this.title = title;
        this.searchTitle = normalise(title);
        this.body = body;
        this.held = held;
        this.status = QuestionStatus.OPEN;
        this.createdAt = LocalDateTime.now();
        this.lastActivityAt = createdAt;
    }

    /**
     * Text as matching compares it: NFKC (full-width to half-width), lower case, only letters and digits (spaces and
     * punctuation dropped, so "焊缝 气孔？" and "焊缝气孔" are the same), at most {@link #MAX_TITLE} characters.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder();
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.length() > MAX_TITLE ? kept.substring(0, MAX_TITLE) : kept.toString();
    }

    public void touched() {
        lastActivityAt = LocalDateTime.now();
    }

    public void approve() {
        held = false;
    }

    public void answered() {
        status = QuestionStatus.ANSWERED;
        touched();
    }

    public void close(long accountId) {
        status = QuestionStatus.CLOSED;
        closedBy = accountId;
        closedAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public long getOfferingId() {
        return offeringId;
    }

    public long getClassId() {
        return classId;
    }

    public Long getNodeId() {
        return nodeId;
    }

    public long getAskerId() {
        return askerId;
    }

    public String getTitle() {
        return title;
    }

    public String getSearchTitle() {
        return searchTitle;
    }

    public String getBody() {
        return body;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public boolean isHeld() {
        return held;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getLastActivityAt() {
        return lastActivityAt;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }
}
