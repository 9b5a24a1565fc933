package org.ziyuanku.service.exam;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.ziyuanku.domain.exam.ExamPaper;
import org.ziyuanku.domain.exam.PaperKind;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.service.exam.internal.PaperContents;
import org.ziyuanku.service.exam.internal.PaperRepository;
import org.ziyuanku.service.exam.internal.QuestionRepository;
import org.ziyuanku.service.exam.internal.QuestionStore;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.library.Libraries;
import org.ziyuanku.service.system.ClusterLockRepository;

/**
 * For evaluation installs: a few questions of every type in the welding library's bank (one with a TeX formula, one
 * with a picture, a compound case), written by {@code teacher} through the bank's own checks, screening and image
 * storage, and a RANDOM paper of them. Idempotent: nothing is added when the bank has a question (or the paper).
 */
@Stateless
public class DemoQuestionService {

    static final int DEMO_CATALOGUE_NO = 53;
    private static final int SIZE = 240;

    @Inject
    private Libraries libraries;

    @Inject
    private Accounts accounts;

    @Inject
    private QuestionRepository questions;

    @Inject
    private QuestionStore store;

    @Inject
    private ClusterLockRepository locks;

    @Inject
    private PaperRepository papers;

    /** Adds the demo questions when the bank is empty; answers how many were added. */
    public int ensureDemoQuestions() {
        locks.lock("demo-questions");
        ResourceLibrary library = libraries.national(DEMO_CATALOGUE_NO).orElse(null);
        UserAccount teacher = accounts.find("teacher").orElse(null);
        if (library == null || teacher == null || questions.count(QuestionSearch.all(library.getId())) > 0) {
            return 0;
        }
        List<QuestionDraft> drafts = DemoQuestions.drafts(List.of(new DraftImage(DemoQuestions.PICTURE,
                "image/png", picture())));
        drafts.forEach(d -> store.createApproved(library.getId(), teacher.getId(), d));
        return drafts.size();
    }

    /**
     * Adds the demo RANDOM paper 焊接基础测验 by {@code teacher} when the welding library has no paper of that title;
     * answers how many were added. Its rules are checked and must be met by the bank, as a teacher's are.
     */
    public int ensureDemoPaper() {
        locks.lock("demo-questions");
        ResourceLibrary library = libraries.national(DEMO_CATALOGUE_NO).orElse(null);
        UserAccount teacher = accounts.find("teacher").orElse(null);
        if (library == null || teacher == null || papers.ofLibrary(library.getId()).stream()
                .anyMatch(p -> DemoQuestions.PAPER_TITLE.equals(p.getTitle()))) {
            return 0;
        }
        List<PaperDrawer.Rule> rules = PaperContents.rules(DemoQuestions.paper());
        PaperDrawer.random(rules, papers.candidates(library.getId(), null), 0L);
        papers.add(new ExamPaper(library.getId(), teacher.getId(), DemoQuestions.PAPER_TITLE, PaperKind.RANDOM,
                List.of(), PaperContents.stored(rules)));
        return 1;
    }

    /** Two plates butted together, drawn. */
    private static byte[] picture() {
        BufferedImage image = new BufferedImage(SIZE, SIZE / 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE / 2);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(3));
        g.drawRect(20, 50, 95, 30);
        g.drawRect(125, 50, 95, 30);
        g.setColor(Color.RED);
        g.fillRect(115, 50, 10, 30);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
