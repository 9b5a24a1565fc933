package org.ziyuanku.web.console.exam;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.List;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.exam.PaperDraft;
import org.ziyuanku.service.exam.PaperDraw;
import org.ziyuanku.service.exam.PaperService;
import org.ziyuanku.service.exam.PaperView;
import org.ziyuanku.service.exam.QuestionBankService;
import org.ziyuanku.service.exam.QuestionSearch;
import org.ziyuanku.service.exam.QuestionView;
import org.ziyuanku.web.faces.RefusalMessages;

/**
 * 试卷 (console/exam/papers.xhtml): the papers of a library the caller works in, forms that create a RANDOM paper
 * from rule rows or a FIXED paper from questions picked in the bank ({@link PaperForm}), deleting (the author, after a
 * confirmation), and a preview of one learner's draw with a fresh seed. Holds ids, a seed and form values.
 */
@Named
@ViewScoped
public class ExamPapersBean extends ExamLibraryPage {

    private static final long serialVersionUID = 1L;
    private static final int BANK_SIZE = 100;
    private static final SecureRandom SEEDS = new SecureRandom();

    @EJB
    private PaperService papers;
    @EJB
    private QuestionBankService bank;

    private Long previewId;
    private long previewSeed;
    private PaperForm form = new PaperForm();
    private transient List<PaperView> list;
    private transient List<QuestionView> questions;
    private transient List<PaperPreviewRow> preview;

    /** Shows the chosen library: its papers and bank, a fresh form, no preview. */
    public void show() {
        list = null;
        questions = null;
        previewId = null;
        form = new PaperForm();
    }

    public List<PaperView> getPapers() {
        if (list == null && getLibraryId() != null) {
            list = RefusalMessages.answerOrForbidden(() -> papers.list(getLibraryId()));
        }
        return list == null ? List.of() : list;
    }

    /** The library's questions (the newest {@value #BANK_SIZE}) to pick a FIXED paper's from. */
    public List<QuestionView> getQuestions() {
        if (questions == null && getLibraryId() != null) {
            questions = RefusalMessages.answerOrForbidden(() -> bank.search(new QuestionSearch(getLibraryId(), null,
                    null, null, null, null, 0, BANK_SIZE)).questions());
        }
        return questions == null ? List.of() : questions;
    }

    /** Creates the RANDOM paper (random true) or the FIXED one of the form. */
    public void create(boolean random) {
        PaperDraft draft = random ? form.random() : form.fixed();
        Long id = RefusalMessages.answerOrForbidden(() -> papers.create(libraryOrNone(), draft));
        if (id != null) {
            Messages.addGlobalInfo("exam.papers.created", draft.title());
            form = new PaperForm();
            list = null;
        }
    }

    public void remove(long id) {
        if (RefusalMessages.changeOrForbidden(() -> papers.delete(id), "exam.papers.removed")) {
            previewId = null;
            list = null;
        }
    }

    /** Draws the paper once more with a new seed, as one learner would get it. */
    public void preview(long id) {
        previewId = id;
        previewSeed = SEEDS.nextLong();
        preview = null;
    }

    /** The previewed draw's questions in their drawn order, or null when none is shown or the draw was refused. */
    public List<PaperPreviewRow> getPreview() {
        if (preview == null && previewId != null) {
            PaperDraw draw = RefusalMessages.answerOrForbidden(() -> papers.draw(previewId, previewSeed));
            preview = draw == null ? null : draw.questions().stream().map(d -> PaperPreviewRow.of(d, bank.get(d.questionId()))).toList();
            previewId = draw == null ? null : previewId;
        }
        return preview;
    }

    public Long getPreviewId() {
        return previewId;
    }

    public PaperForm getForm() {
        return form;
    }
}
