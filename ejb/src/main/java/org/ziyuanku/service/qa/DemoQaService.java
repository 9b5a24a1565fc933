package org.ziyuanku.service.qa;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.qa.LibraryAnswer;
import org.ziyuanku.domain.qa.LibraryQuestion;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.library.Libraries;
import org.ziyuanku.service.qa.internal.LibraryQuestionRepository;
import org.ziyuanku.service.qa.internal.QuestionSegmenter;
import org.ziyuanku.service.resource.DemoResourceService;
import org.ziyuanku.service.resource.ReferencedResource;
import org.ziyuanku.service.resource.ResourceReferences;
import org.ziyuanku.service.system.ClusterLockRepository;

/**
 * For evaluation installs: questions {@code student} asked about the first published resource of the welding library
 * (catalogue number 53), answered by {@code teacher}; the first three have a best answer, the first two are in the
 * library's FAQ, the last is still open. Idempotent: nothing is added when the library has a question.
 */
@Stateless
public class DemoQaService {

    static final int DEMO_CATALOGUE_NO = 53;

    private record Demo(String title, String answer, boolean best, boolean faq) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo("焊缝产生气孔的原因有哪些", "焊条或焊剂受潮、坡口及两侧有油锈水分、保护气体不足或电弧过长、焊接速度过快，"
                    + "熔池里的气体来不及逸出，就会形成气孔。焊前烘干焊条、清理坡口、控制弧长和焊速即可预防。", true, true),
            new Demo("焊条使用前为什么要烘干", "焊条药皮吸潮后会把氢带入焊缝，引起气孔和冷裂纹。碱性焊条一般 350～400 ℃"
                    + " 烘 1～2 小时，酸性焊条 150 ℃ 左右烘 1 小时，烘后放入保温筒随用随取。", true, true),
            new Demo("焊接电流大小如何选择", "主要按焊条直径、焊接位置和板厚选择：平焊时电流（A）约为焊条直径（mm）的"
                    + " 30～40 倍，立焊、仰焊比平焊小 10%～20%。", true, false),
            new Demo("焊缝咬边的原因和防止方法", null, false, false));

    @Inject
    private ClusterLockRepository locks;

    @Inject
    private Libraries libraries;

    @Inject
    private Accounts accounts;

    @Inject
    private ResourceReferences references;

    @EJB
    private DemoResourceService demoResources;

    @Inject
    private LibraryQuestionRepository questions;

    @Inject
    private QuestionSegmenter segmenter;

    /** Adds the demo questions when the welding library has none; answers how many were added. */
    public int ensureDemoQuestions() {
        locks.lock("demo-qa");
        ResourceLibrary library = libraries.national(DEMO_CATALOGUE_NO).orElse(null);
        UserAccount teacher = accounts.find("teacher").orElse(null);
        UserAccount student = accounts.find("student").orElse(null);
        if (library == null || teacher == null || student == null || questions.countOf(library.getId()) > 0) {
            return 0;
        }
        ReferencedResource resource = references.byId(demoResources.publishedDemoResources().values()).values()
                .stream().filter(r -> r.libraryId() == library.getId() && r.available()).findFirst().orElse(null);
        if (resource == null) {
            return 0;
        }
        for (Demo demo : DEMO) {
            LibraryQuestion q = new LibraryQuestion(library.getId(), resource.id(), student.getId(), demo.title(), "",
                    segmenter.terms(demo.title()));
            questions.add(q);
            questions.flush();
            if (demo.answer() != null) {
                LibraryAnswer answer = new LibraryAnswer(q.getId(), teacher.getId(), true, demo.answer());
                questions.add(answer);
                answer.markBest(demo.best());
                q.answered();
                if (demo.faq()) {
                    q.promote();
                }
            }
        }
        questions.flush();
        return DEMO.size();
    }
}
