package org.ziyuanku.domain.teaching;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One criterion of a homework's peer rubric: what is judged and the most points it gives. */
@Embeddable
public class RubricCriterion {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "max_points", nullable = false)
    private int maxPoints;

    protected RubricCriterion() {
    }

    public RubricCriterion(String title, int maxPoints) {
        this.title = title;
        this.maxPoints = maxPoints;
    }

    public String getTitle() {
        return title;
    }

    public int getMaxPoints() {
        return maxPoints;
    }
}
