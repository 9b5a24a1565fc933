package org.ziyuanku.domain.review;

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
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A word of the sensitive-word dictionary (敏感词), stored normalised ({@link SensitiveWordText#normalise}) so that
 * "ＡＢＣ" and "abc" are one word, with its category and severity.
 */
@Entity
@Table(name = "sensitive_word")
public class SensitiveWord {

    /** The longest word the dictionary keeps, in characters. */
    public static final int MAX_LENGTH = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sensitive_word_seq")
    @SequenceGenerator(name = "sensitive_word_seq", sequenceName = "sensitive_word_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = MAX_LENGTH)
    private String word;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SensitiveWordCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private SensitiveWordSeverity severity;

    @Column(name = "created_by", nullable = false, length = 128)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected SensitiveWord() {
    }

    /** A new word; the text is normalised and must not be empty or longer than {@link #MAX_LENGTH}. */
    public SensitiveWord(String word, SensitiveWordCategory category, SensitiveWordSeverity severity,
            String createdBy) {
        String normalised = SensitiveWordText.normalise(word);
        if (normalised == null || normalised.isEmpty() || normalised.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("word must have 1 to " + MAX_LENGTH + " characters: " + word);
        }
        this.word = normalised;
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = LocalDateTime.now();
        change(category, severity);
    }

    /** Sets category and severity. */
    public final void change(SensitiveWordCategory newCategory, SensitiveWordSeverity newSeverity) {
        this.category = Objects.requireNonNull(newCategory, "category");
        this.severity = Objects.requireNonNull(newSeverity, "severity");
        this.updatedAt = LocalDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public String getWord() {
        return word;
    }

    public SensitiveWordCategory getCategory() {
        return category;
    }

    public SensitiveWordSeverity getSeverity() {
        return severity;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
