package org.ziyuanku.domain.learning;

import java.io.Serializable;
import java.util.Objects;

/** The key of {@link ItemProgress}: enrolment, offering item and part (the resource played; 0 for a page). */
public class ItemProgressId implements Serializable {

    private static final long serialVersionUID = 1L;

    private long enrolmentId;
    private long offeringNodeId;
    private long partId;

    protected ItemProgressId() {
    }

    public ItemProgressId(long enrolmentId, long offeringNodeId, long partId) {
        this.enrolmentId = enrolmentId;
        this.offeringNodeId = offeringNodeId;
        this.partId = partId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ItemProgressId that && enrolmentId == that.enrolmentId
                && offeringNodeId == that.offeringNodeId && partId == that.partId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(enrolmentId, offeringNodeId, partId);
    }
}
