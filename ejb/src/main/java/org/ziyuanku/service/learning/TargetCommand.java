package org.ziyuanku.service.learning;

import org.ziyuanku.domain.learning.LearnerTarget;

/** What a favourite or note is about, as a client names it: a resource, or an offering and one of its items. */
public record TargetCommand(Long resourceId, Long offeringId, Long nodeId) {

    /** The target, or a 400 when the client named neither or both. */
    public LearnerTarget target() {
        boolean resource = resourceId != null;
        boolean item = offeringId != null && nodeId != null;
        if (resource == item || !resource && (offeringId == null) != (nodeId == null)) {
            throw new LearnerActionRefusedException("learning.action.target");
        }
        return resource ? LearnerTarget.resource(resourceId) : LearnerTarget.item(offeringId, nodeId);
    }
}
