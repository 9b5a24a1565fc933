package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * An answer to a {@link ClassQuestion}: by staff of the class ({@code staffAnswer}) or by a classmate; the asker or
 * staff accept at most one per question.
 */
@Entity
@Table(name = "class_answer")
public class ClassAnswer {

    public static final int MAX_BODY = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "class_answer_seq")
    @SequenceGenerator(name = "class_answer_seq", sequenceName = "class_answer_seq", allocationSize = 50)
    private Long id;

    @Column(name = "question_id", nullable = false)
    private long questionId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "staff_answer", nullable = false)
    private boolean staffAnswer;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(nullable = false)
    private boolean held;

    @Column(nullable = false)
    private boolean accepted;

    @Column(name = "accepted_by")
    private Long acceptedBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    protected ClassAnswer() {
    }

    public ClassAnswer(long questionId, long authorId, boolean staffAnswer, String body, boolean held) {
        this.questionId = questionId;
        this.authorId = authorId;
        this.staffAnswer = staffAnswer;
        this.body = body;
        this.held = held;
        this.createdAt = LocalDateTime.now();
    }

    public void approve() {
        held = false;
    }

    public void accept(long accountId) {
        accepted = true;
        acceptedBy = accountId;
    }

    public Long getId() {
        return id;
    }

    public long getQuestionId() {
        return questionId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public boolean isStaffAnswer() {
        return staffAnswer;
    }

    public String getBody() {
        return body;
    }

    public boolean isHeld() {
        return held;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
