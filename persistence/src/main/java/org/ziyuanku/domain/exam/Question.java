package org.ziyuanku.domain.exam;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A question of a library's bank (题目). Its texts are sanitised rich text (the service sanitises them); the sub-questions
 * of a {@link QuestionType#COMPOUND} question are questions of their own, kept in order with this one as parent, and
 * go with it. {@link #getFingerprint()} is the SHA-256 of the normalised stem and options, to flag duplicates.
 */
@Entity
@Table(name = "question")
public class Question {

    public static final int MAX_KNOWLEDGE_POINT = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "question_seq")
    @SequenceGenerator(name = "question_seq", sequenceName = "question_seq", allocationSize = 50)
    private Long id;

    @Column(name = "library_id", nullable = false)
    private long libraryId;

    /** The compound question this is a part of (read-only here: the parent's {@link #parts} writes it). */
    @Column(name = "parent_id", insertable = false, updatable = false)
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuestionType type;

    @Column(nullable = false, columnDefinition = "text")
    private String stem;

    @Column(columnDefinition = "text")
    private String analysis;

    @Column(nullable = false)
    private int difficulty;

    @Column(nullable = false, precision = 5, scale = 1)
    private BigDecimal points;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ChoiceScoring scoring;

    @Convert(converter = QuestionKeyConverter.class)
    @Column(name = "answer_key", nullable = false, columnDefinition = "text")
    private QuestionKey key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private QuestionStatus status;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    /** The PUBLISHED question this row is a new version of (null for a question's first version). */
    @Column(name = "revision_of")
    private Long revisionOf;

    /** Which version of the question this is, counted from 1. */
    @Column(nullable = false)
    private int revision = 1;

    @ElementCollection
    @CollectionTable(name = "question_option", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "body", nullable = false, columnDefinition = "text")
    private List<String> options = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "question_prompt", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "body", nullable = false, columnDefinition = "text")
    private List<String> prompts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "question_knowledge_point", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = MAX_KNOWLEDGE_POINT)
    private List<String> knowledgePoints = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "question_image", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "blob_sha256", nullable = false, length = 64)
    private Set<String> images = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "parent_id")
    @OrderColumn(name = "position")
    private List<Question> parts = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected Question() {
    }

    /** A new draft question of the library by the author; its content is set through {@link #change}. */
    public Question(long libraryId, long authorId, QuestionType type) {
        this.libraryId = libraryId;
        this.authorId = authorId;
        this.type = type;
        this.status = QuestionStatus.DRAFT;
        this.createdAt = LocalDateTime.now();
    }

    /**
     * A new DRAFT version of the published question, by the same author in the same library, to be reviewed before
     * it takes the published one's place; its content is set through {@link #change}.
     */
    public static Question newVersionOf(Question published) {
        Question version = new Question(published.libraryId, published.authorId, published.type);
        version.revisionOf = published.id;
        version.revision = published.revision + 1;
        return version;
    }

    /** Whether this row is a version still waiting to replace the published question it revises. */
    public boolean isPendingVersion() {
        return revisionOf != null && status != QuestionStatus.PUBLISHED && status != QuestionStatus.ARCHIVED;
    }

    /** The last level approved this version: it is approved, and no longer the pending version of another. */
    public void approve() {
        this.revisionOf = null;
        setStatus(QuestionStatus.PUBLISHED);
    }

    /** Whether the account may put this question into a paper for its own classes: approved, or its own. */
    public boolean usableBy(Long accountId) {
        return status.approved() || accountId != null && accountId == authorId && status != QuestionStatus.ARCHIVED;
    }

    /** The question's content anew (its type stays). */
    public void change(QuestionContent content) {
        this.stem = content.stem();
        this.analysis = content.analysis();
        this.difficulty = content.difficulty();
        this.points = content.points();
        this.scoring = content.scoring();
        this.key = content.key();
        this.fingerprint = content.fingerprint();
        replace(options, content.options());
        replace(prompts, content.prompts());
        replace(knowledgePoints, content.knowledgePoints());
        images.clear();
        images.addAll(content.images());
        this.updatedAt = LocalDateTime.now();
    }

    /** The sub-questions anew, in order (a compound question's only). */
    public void setParts(List<Question> newParts) {
        parts.clear();
        parts.addAll(newParts);
    }

    public void setStatus(QuestionStatus status) {
        this.status = status;
        this.updatedAt = LocalDateTime.now();
    }

    private static <T> void replace(List<T> list, List<T> with) {
        list.clear();
        list.addAll(with);
    }

    public Long getId() {
        return id;
    }

    public long getLibraryId() {
        return libraryId;
    }

    public Long getParentId() {
        return parentId;
    }

    public QuestionType getType() {
        return type;
    }

    public String getStem() {
        return stem;
    }

    public String getAnalysis() {
        return analysis;
    }

    public int getDifficulty() {
        return difficulty;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public ChoiceScoring getScoring() {
        return scoring;
    }

    public QuestionKey getKey() {
        return key;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public List<String> getOptions() {
        return List.copyOf(options);
    }

    public List<String> getPrompts() {
        return List.copyOf(prompts);
    }

    public List<String> getKnowledgePoints() {
        return List.copyOf(knowledgePoints);
    }

    public Set<String> getImages() {
        return Set.copyOf(images);
    }

    public List<Question> getParts() {
        return List.copyOf(parts);
    }

    public Long getRevisionOf() {
        return revisionOf;
    }

    public int getRevision() {
        return revision;
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
