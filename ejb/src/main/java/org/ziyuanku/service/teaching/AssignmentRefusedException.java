package org.ziyuanku.service.teaching;

import java.util.Set;
import org.ziyuanku.service.system.RefusedException;

/**
 * A homework request that breaks a rule; nothing of it is stored. Bad input 400; a state that does not allow it (not
 * open, past the deadline, a grade saved over a newer one, peer reviews before the deadline or with too few
 * submissions) 409; a refused file 415 or 413 (with the resource upload's messages, {@code resource.refused.*}).
 * Keys are {@code teaching.assignment.refused.*}.
 */
public class AssignmentRefusedException extends RefusedException {

    public static final String NOT_OPEN = "teaching.assignment.refused.notOpen";
    public static final String PAST_DUE = "teaching.assignment.refused.pastDue";
    public static final String STALE_GRADE = "teaching.assignment.refused.staleGrade";
    public static final String NOT_DUE = "teaching.assignment.refused.notDue";
    public static final String TOO_FEW = "teaching.assignment.refused.tooFew";
    public static final String NOT_PEER = "teaching.assignment.refused.notPeer";
    public static final String PEER_GRADED = "teaching.assignment.refused.peerGraded";
    public static final String PEERS_ASSIGNED = "teaching.assignment.refused.peersAssigned";
    public static final String NO_SUBMISSION = "teaching.assignment.refused.noSubmission";
    public static final String FILE_TOO_LARGE = "resource.refused.tooLarge";

    private static final long serialVersionUID = 1L;
    private static final Set<String> CONFLICTS = Set.of(NOT_OPEN, PAST_DUE, STALE_GRADE, NOT_DUE, TOO_FEW, NOT_PEER,
            PEERS_ASSIGNED, PEER_GRADED);

    public AssignmentRefusedException(String reasonKey, String... reasonArgs) {
        super(reasonKey, reasonArgs);
    }

    @Override
    public Kind kind() {
        if (NO_SUBMISSION.equals(getReasonKey())) {
            return Kind.NOT_FOUND;
        }
        if (FILE_TOO_LARGE.equals(getReasonKey())) {
            return Kind.TOO_LARGE;
        }
        if (getReasonKey().startsWith("resource.refused.") && !"resource.refused.storage".equals(getReasonKey())) {
            return Kind.UNSUPPORTED_TYPE;
        }
        return CONFLICTS.contains(getReasonKey()) ? Kind.CONFLICT : Kind.INVALID;
    }
}
