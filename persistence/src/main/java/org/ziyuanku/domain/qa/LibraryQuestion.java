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

/**
 * A question (答疑) someone signed in asked about a resource of a library. {@code searchTerms} is the title segmented
 * for similar-question matching (the database indexes it as {@code search_vector}). ANSWERED once an answer is marked
 * best; only an answered question can be in the library's FAQ.
 */
@Entity
@Table(name = "library_question")
public class LibraryQuestion {

    public static final int MAX_TITLE = 100;
    public static final int MAX_BODY = 2_000;
    public static final int MAX_TERMS = 1_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "library_question_seq")
    @SequenceGenerator(name = "library_question_seq", sequenceName = "library_question_seq", allocationSize = 50)
    private Long id;

    @Column(name = "library_id", nullable = false)
    private long libraryId;

    @Column(name = "resource_id")
    private Long resourceId;

    @Column(name = "asker_id", nullable = false)
    private long askerId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "search_terms", nullable = false, length = MAX_TERMS)
    private String searchTerms;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(nullable = false)
    private boolean faq;

    @Column(name = "faq_at")
    private LocalDateTime faqAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private LocalDateTime lastActivityAt;

    @Version
    private int version;

    protected LibraryQuestion() {
    }

    public LibraryQuestion(long libraryId, Long resourceId, long askerId, String title, String body,
            String searchTerms) {
        this.libraryId = libraryId;
        this.resourceId = resourceId;
        this.askerId = askerId;
        this.title = title;
        this.body = body;
        this.searchTerms = searchTerms.length() > MAX_TERMS ? searchTerms.substring(0, MAX_TERMS) : searchTerms;
        this.status = "OPEN";
        this.createdAt = LocalDateTime.now();
        this.lastActivityAt = createdAt;
    }

    /** A best answer was marked. */
    public void answered() {
        status = "ANSWERED";
        lastActivityAt = LocalDateTime.now();
    }

    public void touched() {
        lastActivityAt = LocalDateTime.now();
    }

    /**
     * Puts the question in the library's FAQ.
     *
     * @throws IllegalStateException when it has no best answer yet
     */
    public void promote() {
        if (!isAnswered()) {
            throw new IllegalStateException("no best answer");
        }
        if (!faq) {
            faq = true;
            faqAt = LocalDateTime.now();
        }
    }

    public boolean isAnswered() {
        return "ANSWERED".equals(status);
    }

    public Long getId() {
        return id;
    }

    public long getLibraryId() {
        return libraryId;
    }

    public Long getResourceId() {
        return resourceId;
    }

    public long getAskerId() {
        return askerId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getSearchTerms() {
        return searchTerms;
    }

    public String getStatus() {
        return status;
    }

    public boolean isFaq() {
        return faq;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getLastActivityAt() {
        return lastActivityAt;
    }
}
