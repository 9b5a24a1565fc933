package org.ziyuanku.service.teaching;

import java.io.Serializable;

/**
 * An item of a published offering that learners can open: visible (not hidden, not retired), with what it refers to.
 * {@code trial} marks items the teacher opened for trial learning (试学) without enrolment; {@code pageBody} is the
 * cleaned HTML of a PAGE item (null for others).
 */
public record LearnableItem(long offeringId, long nodeId, String title, String itemKind, Long resourceId,
        Long assemblyId, int minSeconds, boolean trial, String pageBody) implements Serializable {
}
