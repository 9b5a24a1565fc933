package org.ziyuanku.service.teaching.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ziyuanku.domain.teaching.Assignment;
import org.ziyuanku.domain.teaching.AssignmentSettings;
import org.ziyuanku.domain.teaching.AssignmentSubmission;
import org.ziyuanku.domain.teaching.GradingMode;
import org.ziyuanku.domain.teaching.LatePolicy;
import org.ziyuanku.domain.teaching.PeerAggregation;
import org.ziyuanku.domain.teaching.PeerReview;
import org.ziyuanku.domain.teaching.RubricCriterion;
import org.ziyuanku.domain.teaching.SubmissionKinds;
import org.ziyuanku.service.system.PeerRotation;

/**
 * The demo offering's homework, inside the demo data's transaction: a peer-graded one (N = 2, past its due time, the
 * reviews handed out by {@link PeerRotation}; all done but one of the first learner's, so a visitor signed in as
 * {@code student} has a review to do and sees the no-review penalty) and a manually graded one with the first
 * learner's submission graded.
 */
@ApplicationScoped
public class DemoHomework {

    private static final String[] WORKS = {
        "V 形坡口对接：先定位点焊两端，再分三层施焊：打底层用 3.2 mm 焊条小电流，填充层和盖面层逐层清渣。",
        "坡口角度 60°，钝边 1 mm，间隙 3 mm；打底时电弧压低，避免焊瘤；层间温度控制在 250 ℃ 以下。",
        "焊前清理坡口两侧 20 mm 内的油污铁锈；采用多层多道焊，盖面时焊条摆动到坡口边缘稍作停留，防止咬边。"};
    /** Review scores (工艺分析 of 6, 表达 of 4) by position of the author in the learners given. */
    private static final int[][] SCORES = {{5, 3}, {4, 3}, {6, 4}};

    @Inject
    private AssignmentRepository repository;

    /** Seeds both homework for the class; the first learner is the one visitors sign in as. */
    public void seed(long offeringId, long classId, long teacherId, List<Long> learners) {
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
        if (learners.size() > 2) {
            peerHomework(offeringId, classId, teacherId, learners, now);
        }
        Assignment manual = published(offeringId, classId, teacherId, new AssignmentSettings("焊接缺陷分析报告",
                "<p>任选一种常见焊接缺陷（气孔、夹渣、咬边、未焊透），说明成因与预防措施，可附照片。</p>",
                now.minusDays(10), now.minusDays(3), LatePolicy.ACCEPT_WITH_PENALTY, 20, 100, SubmissionKinds.BOTH,
                GradingMode.MANUAL, 0, List.of(), PeerAggregation.MEDIAN, 0));
        AssignmentSubmission mine = submitted(manual, learners.get(0),
                "咬边：电流过大或电弧过长，焊条角度不当。预防：适当减小电流，压低电弧，在坡口边缘稍作停留。",
                now.minusDays(4));
        BigDecimal score = new BigDecimal("86.00");
        mine.grade(score, "成因分析清楚；预防措施可再结合焊接顺序说明。", teacherId, HomeworkScores.manual(manual, score,
                false));
        repository.flush();
    }

    private void peerHomework(long offeringId, long classId, long teacherId, List<Long> learners,
            LocalDateTime now) {
        Assignment peer = published(offeringId, classId, teacherId, new AssignmentSettings("V 形坡口对接焊工艺说明（互评）",
                "<p>写出 V 形坡口板对接平焊的工艺要点：坡口、焊接顺序、层数与参数。截止后每人互评两位同学的作业。</p>",
                now.minusDays(14), now.minusDays(7), LatePolicy.ACCEPT_MARKED, 0, 10, SubmissionKinds.TEXT,
                GradingMode.PEER, 2, List.of(new RubricCriterion("工艺分析", 6), new RubricCriterion("表达", 4)),
                PeerAggregation.MEDIAN, 2));
        List<Long> authors = learners.subList(0, 3);
        Map<Long, AssignmentSubmission> byAuthor = new HashMap<>();
        for (int i = 0; i < authors.size(); i++) {
            byAuthor.put(authors.get(i), submitted(peer, authors.get(i), WORKS[i], now.minusDays(8).plusHours(i)));
        }
        List<PeerReview> reviews = new ArrayList<>();
        PeerRotation.rotate(authors, 2).forEach((author, reviewers) -> reviewers.forEach(r -> {
            PeerReview review = new PeerReview(byAuthor.get(author).getId(), r);
            repository.add(review);
            reviews.add(review);
        }));
        peer.peersAssigned(now.minusDays(7));
        repository.flush();
        Set<Long> unfinished = new HashSet<>();
        boolean leftOne = false;
        for (PeerReview review : reviews) {
            if (!leftOne && review.getReviewerId() == authors.get(0)) {
                leftOne = true;
                unfinished.add(review.getReviewerId());
                continue;
            }
            int[] s = SCORES[authors.indexOf(authorOf(review, byAuthor))];
            review.complete(List.of(s[0], s[1]), "条理清楚，参数写得具体。");
        }
        repository.flush();
        for (AssignmentSubmission submission : byAuthor.values()) {
            List<Integer> totals = reviews.stream().filter(r -> r.isDone()
                    && r.getSubmissionId() == submission.getId()).map(PeerReview::getTotal).toList();
            submission.peerScore(HomeworkScores.peer(peer, totals, false,
                    unfinished.contains(submission.getLearnerId())));
        }
        repository.flush();
    }

    private static long authorOf(PeerReview review, Map<Long, AssignmentSubmission> byAuthor) {
        return byAuthor.entrySet().stream().filter(e -> e.getValue().getId() == review.getSubmissionId())
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }

    private Assignment published(long offeringId, long classId, long teacherId, AssignmentSettings settings) {
        Assignment a = new Assignment(offeringId, classId, teacherId, settings);
        a.publish();
        repository.add(a);
        repository.flush();
        return a;
    }

    private AssignmentSubmission submitted(Assignment a, long learner, String text, LocalDateTime at) {
        AssignmentSubmission s = new AssignmentSubmission(a.getId(), learner);
        s.submit(text, List.of(), at, a.isLate(at));
        repository.add(s);
        repository.flush();
        return s;
    }
}
