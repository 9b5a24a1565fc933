package org.ziyuanku.service.exam;

import java.io.Serializable;

/**
 * An offering's self-test item as its teachers set it up: its title, its paper (null: none yet), whether it comes
 * from the course (then the course team sets the paper, not the offering) and the library of the offering's course,
 * whose papers the console offers.
 */
public record OfferingSelfTestView(long itemId, long offeringId, String title, Long paperId, boolean fromCourse,
        long libraryId) implements Serializable {

    private static final long serialVersionUID = 1L;
}
