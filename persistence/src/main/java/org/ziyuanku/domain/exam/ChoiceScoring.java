package org.ziyuanku.domain.exam;

/**
 * How a multiple-choice answer earns points: only when exactly right, or partially (every option chosen is correct
 * and at least one is: half the points; a wrong option chosen: none), as 智慧职教 and most Chinese exam rules do.
 */
public enum ChoiceScoring {
    ALL_OR_NOTHING, PARTIAL
}
