package org.ziyuanku.service.exam;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ziyuanku.domain.audit.AuditOutcome;
import org.ziyuanku.domain.exam.ExamPaper;
import org.ziyuanku.domain.exam.PaperKind;
import org.ziyuanku.domain.exam.PaperQuestion;
import org.ziyuanku.service.audit.AuditScope;
import org.ziyuanku.service.audit.AuditTarget;
import org.ziyuanku.service.audit.Audited;
import org.ziyuanku.service.audit.AuditedCall;
import org.ziyuanku.service.exam.internal.PaperContents;
import org.ziyuanku.service.exam.internal.PaperRepository;
import org.ziyuanku.service.exam.internal.QuestionRepository;
import org.ziyuanku.service.exam.internal.QuestionUse;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.review.ScreenedText;
import org.ziyuanku.service.review.SensitiveWordScreening;

/**
 * Exam papers of a library's bank (试卷; issue 15 item 3), for those who work in it, as its questions are
 * ({@link QuestionAccess}): its contributors create papers and read them; the author or the library's administrators
 * delete one (403 for another contributor); to anybody else a paper is not found (404) and the library refused (403).
 * The title and the rules' knowledge points are screened for sensitive words. A FIXED paper lists top-level
 * questions of the library; a RANDOM paper's rules are checked, and each must be met by
 * the library's questions when the paper is created, so that the teacher learns early. {@link #draw} draws one
 * learner's paper from a seed ({@link PaperDrawer}): for exams later, and for a teacher's preview now. Changes are
 * audited, and refusals of reads too.
 */
@Stateless
@PermitAll
public class PaperService {

    public static final String CREATE = "PAPER_CREATE";
    public static final String DELETE = "PAPER_DELETE";
    static final String READ = "PAPER_READ";

    @Inject
    private Caller caller;

    @Inject
    private QuestionAccess access;

    @Inject
    private PaperRepository papers;

    @Inject
    private QuestionRepository questions;

    @Inject
    private SensitiveWordScreening screening;

    @Inject
    private QuestionUse use;

    @Inject
    private AuditedCall audited;

    /**
     * Creates the paper in the library by the caller; answers its id. Audited as {@value #CREATE}.
     *
     * @throws PaperRefusedException {@code exam.paper.invalid.*} naming the rule the draft breaks, among them
     *         {@code notEnough} for a rule the library's questions cannot meet
     */
    @Audited(action = CREATE)
    public long create(@AuditScope("library:") long libraryId, PaperDraft draft) {
        access.library(libraryId, CREATE);
        String title = PaperContents.title(draft);
        List<ScreenedText> texts = new ArrayList<>(List.of(new ScreenedText("title", title)));
        ExamPaper paper;
        if (draft.kind() == PaperKind.FIXED) {
            PaperContents.questionIds(draft);
            List<PaperQuestion> listed = PaperContents.questions(draft, libraryId, questions);
            List<String> unusable = use.unusable(listed.stream().map(PaperQuestion::getQuestionId).toList(),
                    caller.accountId());
            if (!unusable.isEmpty()) {
                throw PaperRefusedException.invalid("unapproved", String.join("、", unusable));
            }
            screening.refuseBlocked(texts);
            paper = new ExamPaper(libraryId, caller.accountId(), title, PaperKind.FIXED, listed, List.of());
        } else {
            List<PaperDrawer.Rule> rules = PaperContents.rules(draft);
            rules.stream().map(PaperDrawer.Rule::knowledgePoint).filter(Objects::nonNull)
                    .forEach(point -> texts.add(new ScreenedText("knowledgePoint", point)));
            screening.refuseBlocked(texts);
            PaperDrawer.random(rules, papers.candidates(libraryId, caller.accountId()), 0L);
            paper = new ExamPaper(libraryId, caller.accountId(), title, PaperKind.RANDOM, List.of(),
                    PaperContents.stored(rules));
        }
        papers.add(paper);
        audited.done("library:" + libraryId, "paper:" + paper.getId(), title);
        return paper.getId();
    }

    /** The paper. @throws PaperRefusedException not found for one the caller may not see */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public PaperView get(@AuditTarget("paper:") long id) {
        ExamPaper paper = visible(id);
        return PaperContents.view(paper, access.mayChange(paper.getAuthorId(), paper.getLibraryId()));
    }

    /** The library's papers, newest first. */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public List<PaperView> list(@AuditScope("library:") long libraryId) {
        access.library(libraryId, READ);
        return papers.ofLibrary(libraryId).stream()
                .map(p -> PaperContents.view(p, access.mayChange(p.getAuthorId(), p.getLibraryId()))).toList();
    }

    /** Deletes the paper. Audited as {@value #DELETE}. */
    @Audited(action = DELETE)
    public void delete(@AuditTarget("paper:") long id) {
        ExamPaper paper = visible(id);
        audited.on("library:" + paper.getLibraryId(), "paper:" + id);
        if (!access.mayChange(paper.getAuthorId(), paper.getLibraryId())) {
            throw caller.denied(DELETE + " paper " + id);
        }
        audited.detail(paper.getTitle());
        papers.remove(paper);
    }

    /**
     * One learner's paper drawn with the seed: the same seed gives the same paper. Changes nothing.
     *
     * @throws PaperRefusedException not found, or {@code notEnough} when the library no longer meets a rule
     */
    @Audited(action = READ, outcomes = AuditOutcome.DENIED)
    public PaperDraw draw(@AuditTarget("paper:") long id, long seed) {
        ExamPaper paper = visible(id);
        if (paper.getKind() == PaperKind.RANDOM) {
            return PaperDrawer.random(PaperContents.rules(paper), papers.candidates(paper.getLibraryId(), caller.accountId()), seed);
        }
        List<PaperQuestion> listed = paper.getQuestions();
        Map<Long, PaperDrawer.Candidate> byId = papers.questions(paper.getLibraryId(),
                listed.stream().map(PaperQuestion::getQuestionId).toList());
        return PaperDrawer.fixed(listed.stream().filter(q -> byId.containsKey(q.getQuestionId()))
                .map(q -> new PaperDrawer.Listed(byId.get(q.getQuestionId()), q.getPoints())).toList(), seed);
    }

    private ExamPaper visible(long id) {
        return papers.find(id).filter(p -> access.worksIn(p.getLibraryId()))
                .orElseThrow(() -> PaperRefusedException.notFound(id));
    }
}
