package org.ziyuanku.service.review.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.ziyuanku.domain.review.ReviewLevel;
import org.ziyuanku.domain.review.ReviewerRule;

/**
 * Libraries' review levels. A library that configured none reviews in two levels: its contributing unit's reviewer,
 * then the library's administrators (for the first host unit, first responsible for content).
 */
@ApplicationScoped
public class ReviewLevelRepository {

    public static final List<ReviewerRule> DEFAULT_LEVELS = List.of(ReviewerRule.UNIT_REVIEWER,
            ReviewerRule.LIBRARY_ADMIN);

    @PersistenceContext(unitName = "ziyuanku")
    private EntityManager em;

    /** The library's configured levels, level 1 first; empty when it configured none. */
    public List<ReviewerRule> configured(long libraryId) {
        return em.createNamedQuery("ReviewLevel.findByLibrary", ReviewLevel.class).setParameter("library", libraryId)
                .getResultStream().map(ReviewLevel::getRule).toList();
    }

    /** The levels a submission to the library goes through now. */
    public List<ReviewerRule> levelsOf(long libraryId) {
        List<ReviewerRule> levels = configured(libraryId);
        return levels.isEmpty() ? DEFAULT_LEVELS : levels;
    }

    /** Replaces the library's levels. */
    public void replace(long libraryId, List<ReviewerRule> rules) {
        em.createNamedQuery("ReviewLevel.findByLibrary", ReviewLevel.class).setParameter("library", libraryId)
                .getResultList().forEach(em::remove);
        em.flush();
        for (int i = 0; i < rules.size(); i++) {
            em.persist(new ReviewLevel(libraryId, i + 1, rules.get(i)));
        }
        em.flush();
    }
}
