package org.ziyuanku.domain.incentive;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * How many points an action earns and at most how many a day: for {@link PointAction#LEARNING_TIME} the points per
 * {@code unitSeconds} of verified learning time, for the others the points per occurrence. Set by the system
 * administrator; optimistically locked.
 */
@Entity
@Table(name = "point_rule")
public class PointRule {

    @Id
    @Enumerated(EnumType.STRING)
    private PointAction action;

    private int points;

    @Column(name = "unit_seconds")
    private Integer unitSeconds;

    @Column(name = "daily_cap")
    private int dailyCap;

    @Column(name = "updated_by")
    private Long updatedBy;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    @Version
    private int version;

    protected PointRule() {
    }

    /** A rule as the migration seeds them (the table holds one per action). */
    public PointRule(PointAction action, int points, Integer unitSeconds, int dailyCap) {
        this.action = action;
        this.points = points;
        this.unitSeconds = unitSeconds;
        this.dailyCap = dailyCap;
    }

    /** New values by the account given; the caller checked their ranges. */
    public void change(int points, Integer unitSeconds, int dailyCap, long account, LocalDateTime at) {
        this.points = points;
        this.unitSeconds = action == PointAction.LEARNING_TIME ? unitSeconds : null;
        this.dailyCap = dailyCap;
        this.updatedBy = account;
        this.updatedAt = at;
    }

    public PointAction getAction() {
        return action;
    }

    public int getPoints() {
        return points;
    }

    public Integer getUnitSeconds() {
        return unitSeconds;
    }

    public int getDailyCap() {
        return dailyCap;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
