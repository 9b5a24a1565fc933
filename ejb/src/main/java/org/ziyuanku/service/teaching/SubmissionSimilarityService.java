package org.ziyuanku.service.teaching;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.teaching.Assignment;
import org.ziyuanku.domain.teaching.AssignmentSubmission;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.teaching.internal.AssignmentAccess;
import org.ziyuanku.service.teaching.internal.AssignmentRepository;
import org.ziyuanku.service.teaching.internal.SimilarSubmissions;

/**
 * Similar submissions of a homework (疑似雷同), computed on demand from the submitted texts (nothing is stored and
 * the submit transaction does no pairwise work): pairs of the same class at or above
 * {@link SimilarSubmissions#THRESHOLD}, for the homework's staff and only among the classes they staff; a learner it is
 * for gets 403, anyone else 404, both audited as denials. Peer reviewers never see it.
 */
@Stateless
@PermitAll
public class SubmissionSimilarityService {

    static final String READ = "ASSIGNMENT_SIMILARITY_READ";

    @Inject
    private AssignmentAccess access;

    @Inject
    private AssignmentRepository repository;

    @Inject
    private Accounts accounts;

    /** The flagged pairs, most similar first; refusals are audited. */
    @Audited(action = READ, outcomes = {AuditOutcome.DENIED, AuditOutcome.FAILURE})
    public List<SimilarPairView> similar(@AuditTarget("assignment:") long assignmentId) {
        Assignment a = access.staff(assignmentId);
        Set<Long> classes = new HashSet<>(access.staffClasses(a.getOfferingId()));
        Map<Long, AssignmentSubmission> byId = new HashMap<>();
        List<SimilarSubmissions.Candidate> candidates = repository.submissions(assignmentId).stream().map(s -> {
            Long classId = a.getClassId() != null ? a.getClassId()
                    : access.classOfLearner(a.getOfferingId(), s.getLearnerId()).orElse(null);
            byId.put(s.getId(), s);
            return new SimilarSubmissions.Candidate(s.getId(), classId, s.getText());
        }).filter(c -> c.classId() == null || classes.contains(c.classId())).toList();
        List<SimilarSubmissions.Pair> pairs = SimilarSubmissions.flagged(candidates);
        Set<Long> learners = pairs.stream().flatMap(p -> Stream.of(byId.get(p.first()),
                byId.get(p.second()))).map(AssignmentSubmission::getLearnerId).collect(Collectors.toSet());
        Map<Long, UserAccount> people = learners.isEmpty() ? Map.of() : accounts.byId(learners);
        return pairs.stream().map(p -> {
            UserAccount first = people.get(byId.get(p.first()).getLearnerId());
            UserAccount second = people.get(byId.get(p.second()).getLearnerId());
            return new SimilarPairView(p.first(), username(first), name(first), p.second(), username(second),
                    name(second), (int) Math.floor(p.similarity() * 100));
        }).toList();
    }

    private static String username(UserAccount account) {
        return account == null ? "" : account.getUsername();
    }

    private static String name(UserAccount account) {
        return account == null ? "" : account.getDisplayName();
    }
}
