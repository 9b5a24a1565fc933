package org.ziyuanku.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One level of a library's review policy: level 1 is decided first, and each level by one {@link ReviewerRule}. */
@Entity
@Table(name = "review_level")
@IdClass(ReviewLevel.Key.class)
@NamedQuery(name = "ReviewLevel.findByLibrary",
        query = "select l from ReviewLevel l where l.libraryId = :library order by l.levelNo")
public class ReviewLevel {

    public static final int MAX_LEVELS = 3;

    /** The key: library and level number. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long libraryId;
        private int levelNo;

        protected Key() {
        }

        public Key(long libraryId, int levelNo) {
            this.libraryId = libraryId;
            this.levelNo = levelNo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.libraryId == libraryId && k.levelNo == levelNo;
        }

        @Override
        public int hashCode() {
            return Objects.hash(libraryId, levelNo);
        }
    }

    @Id
    @Column(name = "library_id")
    private long libraryId;

    @Id
    @Column(name = "level_no")
    private int levelNo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ReviewerRule rule;

    protected ReviewLevel() {
    }

    public ReviewLevel(long libraryId, int levelNo, ReviewerRule rule) {
        if (levelNo < 1 || levelNo > MAX_LEVELS) {
            throw new IllegalArgumentException("a review level is 1 to " + MAX_LEVELS + ": " + levelNo);
        }
        this.libraryId = libraryId;
        this.levelNo = levelNo;
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public long getLibraryId() {
        return libraryId;
    }

    public int getLevelNo() {
        return levelNo;
    }

    public ReviewerRule getRule() {
        return rule;
    }
}
