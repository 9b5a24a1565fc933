package org.ziyuanku.domain.exam;

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
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * An exam paper (试卷) of a library: a {@link PaperKind#FIXED} paper lists its questions with their points, a
 * {@link PaperKind#RANDOM} one its rules; each learner's paper is drawn from it (question order and options shuffled).
 */
@Entity
@Table(name = "exam_paper")
public class ExamPaper {

    public static final int MAX_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exam_paper_seq")
    @SequenceGenerator(name = "exam_paper_seq", sequenceName = "exam_paper_seq", allocationSize = 50)
    private Long id;

    @Column(name = "library_id", nullable = false)
    private long libraryId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private PaperKind kind;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @ElementCollection
    @CollectionTable(name = "exam_paper_question", joinColumns = @JoinColumn(name = "paper_id"))
    @OrderColumn(name = "position")
    private List<PaperQuestion> questions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "exam_paper_rule", joinColumns = @JoinColumn(name = "paper_id"))
    @OrderColumn(name = "position")
    private List<PaperRule> rules = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected ExamPaper() {
    }

    /** A FIXED paper of these questions, or a RANDOM one of these rules (the other list empty). */
    public ExamPaper(long libraryId, long authorId, String title, PaperKind kind, List<PaperQuestion> questions,
            List<PaperRule> rules) {
        this.libraryId = libraryId;
        this.authorId = authorId;
        this.title = title;
        this.kind = kind;
        this.questions.addAll(questions);
        this.rules.addAll(rules);
        this.createdAt = LocalDateTime.now();
        this.updatedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getLibraryId() {
        return libraryId;
    }

    public String getTitle() {
        return title;
    }

    public PaperKind getKind() {
        return kind;
    }

    public long getAuthorId() {
        return authorId;
    }

    public List<PaperQuestion> getQuestions() {
        return List.copyOf(questions);
    }

    public List<PaperRule> getRules() {
        return List.copyOf(rules);
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
