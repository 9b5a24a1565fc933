package org.ziyuanku.domain.qa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/** An answer to a {@link LibraryQuestion}; {@code staffAnswer} for teachers and the library's team; at most one best. */
@Entity
@Table(name = "library_answer")
public class LibraryAnswer {

    public static final int MAX_BODY = 5_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "library_answer_seq")
    @SequenceGenerator(name = "library_answer_seq", sequenceName = "library_answer_seq", allocationSize = 50)
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
    private boolean best;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Version
    private int version;

    protected LibraryAnswer() {
    }

    public LibraryAnswer(long questionId, long authorId, boolean staffAnswer, String body) {
        this.questionId = questionId;
        this.authorId = authorId;
        this.staffAnswer = staffAnswer;
        this.body = body;
        this.createdAt = LocalDateTime.now();
    }

    public void markBest(boolean value) {
        best = value;
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

    public boolean isBest() {
        return best;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
