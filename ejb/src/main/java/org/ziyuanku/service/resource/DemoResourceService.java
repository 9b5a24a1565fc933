package org.ziyuanku.service.resource;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ziyuanku.domain.identity.Organisation;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.resource.ResourceSource;
import org.ziyuanku.domain.resource.TeachingResource;
import org.ziyuanku.domain.review.ReviewerRule;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.resource.internal.ResourceIngest;
import org.ziyuanku.service.resource.internal.ResourceReviewSubjects;
import org.ziyuanku.service.review.ReviewDemo;
import org.ziyuanku.service.system.ClusterLockRepository;
import org.ziyuanku.service.resource.internal.TeachingResourceRepository;
import org.ziyuanku.service.library.Libraries;

/**
 * Demo resources for evaluation installs (ZYK_DEMO_DATA=true): the national welding library (焊接技术及自动化, catalogue
 * number 53) gets the demo school as a participating unit, a naming rule, {@code libadmin} as its library
 * administrator, and published resources of each kind the platform recognises, made from the small sample files the
 * project ships and two generated packages (an HTML5 virtual simulation and a plain zip), uploaded by {@code teacher}.
 * Idempotent.
 */
@Stateless
public class DemoResourceService {

    static final int DEMO_CATALOGUE_NO = 53;
    static final String DEMO_NAMING_RULE = "{major}-{course}-{kind}-{title}";
    /** The demo library reviews in three levels: the unit's reviewer, its course-team lead, the library's admins. */
    static final List<ReviewerRule> DEMO_LEVELS = List.of(ReviewerRule.UNIT_REVIEWER, ReviewerRule.COURSE_TEAM_LEAD,
            ReviewerRule.LIBRARY_ADMIN);
    private static final String SAMPLES = "/org/ziyuanku/infrastructure/media/samples/";

    /** The demo library's core major (2021 higher-vocational catalogue: 460110, category 46 装备制造大类). */
    static final String DEMO_MAJOR_CODE = "460110";
    static final String DEMO_MAJOR_NAME = "焊接技术与自动化";

    /** One demo file: sample name, title, course code and name, module, keywords. */
    private record DemoFile(String sample, String title, String courseCode, String course, String module,
            String keywords) {
    }

    private static final List<DemoFile> FILES = List.of(
            new DemoFile("sample.mp4", "平焊操作示范", "HJGY", "焊接工艺", "平焊", "焊接 平焊 示范 视频"),
            new DemoFile("sample.mp3", "焊接安全须知", "HJAQ", "焊接安全", "安全规范", "焊接 安全 音频"),
            new DemoFile("sample.wav", "电弧声音辨识", "HJGY", "焊接工艺", "电弧", "电弧 声音 辨识"),
            new DemoFile("sample.png", "焊缝外观检验示意图", "HJJY", "焊接检验", "外观检验", "焊缝 检验 图片"),
            new DemoFile("sample.jpg", "焊接接头形式", "HJJG", "焊接结构", "接头", "焊接接头 对接 角接"),
            new DemoFile("sample.gif", "熔滴过渡动画", "HJGY", "焊接工艺", "电弧", "熔滴 过渡 动画"),
            new DemoFile("sample.pdf", "焊接工艺评定规程", "HJGY", "焊接工艺", "工艺评定", "焊接工艺评定 规程"),
            new DemoFile("sample.docx", "焊接工艺评定报告模板", "HJGY", "焊接工艺", "工艺评定", "焊接工艺评定 报告 模板"),
            new DemoFile("sample.pptx", "焊接技术及自动化专业介绍", "ZYDL", "专业导论", "专业介绍", "专业介绍 课件"),
            new DemoFile("sample.xlsx", "焊接参数记录表", "HJGY", "焊接工艺", "参数", "焊接参数 电流 电压"),
            new DemoFile("sample.txt", "焊接术语表", "ZYDL", "专业导论", "术语", "焊接 术语"),
            new DemoFile("simulation.zip", "焊接电流调节虚拟仿真", "HJGY", "焊接工艺", "参数", "虚拟仿真 焊接电流 熔深"),
            new DemoFile("cards.zip", "焊接工艺卡片集", "HJGY", "焊接工艺", "工艺卡", "焊接 工艺卡 压缩包"));

    /**
     * A published resource of a neighbouring library (材料成型与控制技术, catalogue 44), so the demo course shows that a
     * course references resources of any library; that library reviews in the unit's two levels.
     */
    static final int NEIGHBOUR_CATALOGUE_NO = 44;
    private static final List<ReviewerRule> NEIGHBOUR_LEVELS = List.of(ReviewerRule.UNIT_REVIEWER,
            ReviewerRule.COURSE_TEAM_LEAD);
    private static final DemoFile NEIGHBOUR = new DemoFile("sample.pdf", "金属材料焊接性分析", "JSCL", "金属材料与热处理",
            "焊接性", "焊接性 碳当量 金属材料");

    /** Submitted by the demo teacher and waiting for the first review level (the demo reviewer's queue). */
    private static final DemoFile WAITING = new DemoFile("sample.jpg", "焊接坡口形式", "HJJG", "焊接结构", "坡口",
            "坡口 V形 X形 图片");

    @Inject
    private Libraries libraries;

    @Inject
    private TeachingResourceRepository resources;

    @Inject
    private ClusterLockRepository locks;

    @Inject
    private ResourceIngest ingest;

    @Inject
    private Accounts accounts;

    @Inject
    private ReviewDemo review;

    /**
     * Sets up the demo library, its published resources and one waiting for review, if they are missing; returns how
     * many were created.
     */
    public int ensureDemoResources(String schoolName) {
        locks.lock("demo-resources");
        ResourceLibrary library = libraries.national(DEMO_CATALOGUE_NO).orElse(null);
        UserAccount teacher = account("teacher");
        UserAccount libadmin = account("libadmin");
        Map<ReviewerRule, UserAccount> reviewers = new EnumMap<>(ReviewerRule.class);
        reviewers.put(ReviewerRule.UNIT_REVIEWER, account("reviewer"));
        reviewers.put(ReviewerRule.COURSE_TEAM_LEAD, account("courselead"));
        reviewers.put(ReviewerRule.LIBRARY_ADMIN, libadmin);
        if (library == null || teacher == null || reviewers.containsValue(null)) {
            return 0;
        }
        Organisation school = accounts.organisationNamed(schoolName);
        int neighbour = ensureNeighbourResource(school, teacher, reviewers);
        if (resources.hasAny(library)) {
            return neighbour;
        }
        library.addParticipant(school);
        library.configureResources(DEMO_NAMING_RULE, false);
        library.assignCoreMajor(libraries.majorOrCreate(DEMO_MAJOR_CODE, DEMO_MAJOR_NAME, library.getCategory()));
        accounts.grant(libadmin, "library-admin", ScopeType.LIBRARY, library.getId(), "demo-data");
        review.setLevels(library.getId(), DEMO_LEVELS);
        for (DemoFile file : FILES) {
            review.review(ResourceReviewSubjects.versionOf(upload(library, teacher, file)), teacher, DEMO_LEVELS,
                    reviewers, DEMO_LEVELS.size());
        }
        review.review(ResourceReviewSubjects.versionOf(upload(library, teacher, WAITING)), teacher, DEMO_LEVELS,
                reviewers, 0);
        return FILES.size() + 1 + neighbour;
    }

    /** The published demo resources (the welding library's and its neighbour's) by title; empty before the demo. */
    public Map<String, Long> publishedDemoResources() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (int catalogueNo : new int[] {DEMO_CATALOGUE_NO, NEIGHBOUR_CATALOGUE_NO}) {
            libraries.national(catalogueNo).ifPresent(library -> ids.putAll(resources.publishedByTitle(library)));
        }
        return ids;
    }

    private int ensureNeighbourResource(Organisation school, UserAccount teacher,
            Map<ReviewerRule, UserAccount> reviewers) {
        ResourceLibrary neighbour = libraries.national(NEIGHBOUR_CATALOGUE_NO).orElse(null);
        if (neighbour == null || resources.hasAny(neighbour)) {
            return 0;
        }
        neighbour.addParticipant(school);
        review.setLevels(neighbour.getId(), NEIGHBOUR_LEVELS);
        review.review(ResourceReviewSubjects.versionOf(upload(neighbour, teacher, NEIGHBOUR)), teacher,
                NEIGHBOUR_LEVELS, reviewers, NEIGHBOUR_LEVELS.size());
        return 1;
    }

    private TeachingResource upload(ResourceLibrary library, UserAccount teacher, DemoFile file) {
        UploadResourceCommand command = new UploadResourceCommand(library.getId(),
                file.sample().replace("sample", file.title()), file.title(),
                "演示资源：" + file.title() + "（" + library.getName() + "）", file.courseCode(), file.course(),
                file.module(), null,
                file.keywords(), ResourceSource.ORIGINAL, "teacher", library.getName(), "zh-CN");
        try (InputStream content = file.sample().endsWith(".zip") ? new ByteArrayInputStream(DemoPackages.zip(
                file.sample())) : DemoResourceService.class.getResourceAsStream(SAMPLES + file.sample())) {
            if (content == null) {
                throw new IllegalStateException("sample file missing from the build: " + file.sample());
            }
            return ingest.ingest(library, teacher, command, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UserAccount account(String username) {
        return accounts.find(username).orElse(null);
    }
}
