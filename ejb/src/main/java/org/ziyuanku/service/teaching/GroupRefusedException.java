package org.ziyuanku.service.teaching;

import java.util.Set;
import org.ziyuanku.service.system.RefusedException;

/**
 * A group-work request that breaks a rule; nothing of it is stored. Bad input 400; a state that does not allow it (a
 * full group, self-signup closed, already in another group, a change over a newer version, a homework that already
 * has submissions) 409. Keys are {@code teaching.group.refused.*}.
 */
public class GroupRefusedException extends RefusedException {

    public static final String NAME = "teaching.group.refused.name";
    public static final String DUPLICATE = "teaching.group.refused.duplicate";
    public static final String MAX_SIZE = "teaching.group.refused.maxSize";
    public static final String RANDOM = "teaching.group.refused.random";
    public static final String NOT_LEARNER = "teaching.group.refused.notLearner";
    public static final String FULL = "teaching.group.refused.full";
    public static final String SIGNUP_CLOSED = "teaching.group.refused.signupClosed";
    public static final String IN_OTHER_GROUP = "teaching.group.refused.inOtherGroup";
    public static final String STALE = "teaching.group.refused.stale";
    public static final String NO_GROUP = "teaching.group.refused.noGroup";
    public static final String NOT_MEMBER = "teaching.group.refused.notMember";
    public static final String HAS_SUBMISSIONS = "teaching.group.refused.hasSubmissions";
    public static final String PEER = "teaching.group.refused.peer";
    public static final String PEER_AFTER = "teaching.group.refused.peerAfter";
    public static final String NOT_GROUP_WORK = "teaching.group.refused.notGroupWork";
    public static final String ADJUSTMENT = "teaching.group.refused.adjustment";
    public static final String REASON = "teaching.group.refused.reason";
    public static final String STARS = "teaching.group.refused.stars";
    public static final String COMMENT = "teaching.group.refused.comment";
    public static final String SELF = "teaching.group.refused.self";

    private static final long serialVersionUID = 1L;
    private static final Set<String> CONFLICTS = Set.of(DUPLICATE, FULL, SIGNUP_CLOSED, IN_OTHER_GROUP, STALE,
            NO_GROUP, HAS_SUBMISSIONS, NOT_GROUP_WORK, PEER_AFTER);

    public GroupRefusedException(String reasonKey, String... reasonArgs) {
        super(reasonKey, reasonArgs);
    }

    @Override
    public Kind kind() {
        return CONFLICTS.contains(getReasonKey()) ? Kind.CONFLICT : Kind.INVALID;
    }
}
