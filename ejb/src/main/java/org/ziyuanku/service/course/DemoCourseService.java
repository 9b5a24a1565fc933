package org.ziyuanku.service.course;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ziyuanku.domain.course.CourseAssembly;
import org.ziyuanku.domain.course.CourseAssemblyPart;
import org.ziyuanku.domain.course.CourseItemKind;
import org.ziyuanku.domain.course.CourseNode;
import org.ziyuanku.domain.course.CoursePortalTemplate;
import org.ziyuanku.domain.course.StandardCourse;
import org.ziyuanku.domain.identity.ScopeType;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.library.ResourceLibrary;
import org.ziyuanku.domain.review.ReviewerRule;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.course.internal.CourseAssemblyRepository;
import org.ziyuanku.service.course.internal.CourseNodeRepository;
import org.ziyuanku.service.course.internal.CourseReviewVersions;
import org.ziyuanku.service.course.internal.CourseViews;
import org.ziyuanku.service.course.internal.StandardCourseRepository;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.library.Libraries;
import org.ziyuanku.service.review.ReviewDemo;
import org.ziyuanku.service.system.ClusterLockRepository;

/**
 * For evaluation installs: the demo standard course 焊接工艺 of the welding library, led by {@code courselead} with
 * {@code teacher} on its team, built from the library's published demo resources, one resource of the neighbouring
 * library and a 积件, and published through the library's three review levels ({@code reviewer}, {@code courselead2},
 * {@code libadmin}), so it carries a real review record. Idempotent.
 */
@Stateless
public class DemoCourseService {

    public static final String CODE = "HJGY-2026";
    static final int DEMO_CATALOGUE_NO = 53;
    private static final List<ReviewerRule> LEVELS = List.of(ReviewerRule.UNIT_REVIEWER,
            ReviewerRule.COURSE_TEAM_LEAD, ReviewerRule.LIBRARY_ADMIN);
    private static final String ASSEMBLY = "焊接接头与坡口";
    private static final String GUIDE = "<h2>学习指南</h2><p>先观看平焊操作示范，再阅读工艺评定规程；每个模块结束时完成小结。</p>"
            + "<ul><li>建议学时：64</li><li>考核：过程性评价 60%，期末 40%</li></ul>";

    /** One item: title, resource title (null for the page or the 积件), whether visitors may try it. */
    private record Item(String title, String resource, CourseItemKind kind, boolean trial) {
    }

    /** One topic and its items. */
    private record Topic(String title, List<Item> items) {
    }

    /** One module and its topics. */
    private record Module(String title, List<Topic> topics) {
    }

    private static final List<Module> OUTLINE = List.of(
            new Module("焊接基础", List.of(
                    new Topic("焊接方法与安全", List.of(
                            new Item("平焊操作示范", "平焊操作示范", CourseItemKind.RESOURCE, true),
                            new Item("焊接安全须知", "焊接安全须知", CourseItemKind.RESOURCE, true),
                            new Item("焊接术语表", "焊接术语表", CourseItemKind.RESOURCE, false))),
                    new Topic("焊接材料", List.of(
                            new Item("金属材料焊接性分析", "金属材料焊接性分析", CourseItemKind.RESOURCE, false),
                            new Item("学习指南", null, CourseItemKind.PAGE, true),
                            new Item("焊接基础自测", null, CourseItemKind.SELF_TEST, false))))),
            new Module("焊接工艺与检验", List.of(
                    new Topic("工艺评定", List.of(
                            new Item("焊接工艺评定规程", "焊接工艺评定规程", CourseItemKind.RESOURCE, false),
                            new Item("焊接参数记录表", "焊接参数记录表", CourseItemKind.RESOURCE, false))),
                    new Topic("焊缝检验", List.of(
                            new Item("焊缝外观检验示意图", "焊缝外观检验示意图", CourseItemKind.RESOURCE, false),
                            new Item(ASSEMBLY, null, CourseItemKind.ASSEMBLY, false))))));

    @Inject
    private Libraries libraries;

    @Inject
    private Accounts accounts;

    @Inject
    private StandardCourseRepository courses;

    @Inject
    private CourseNodeRepository nodes;

    @Inject
    private CourseAssemblyRepository assemblies;

    @Inject
    private CourseViews views;

    @Inject
    private CourseReviewVersions versions;

    @Inject
    private ReviewDemo review;

    @Inject
    private ClusterLockRepository locks;

    /**
     * Builds and publishes the demo course from the published resources by title, if it is missing; returns its id,
     * or empty when the demo library, accounts or resources are not there.
     */
    public Optional<Long> ensureDemoCourse(Map<String, Long> resources) {
        locks.lock("demo-course");
        ResourceLibrary library = libraries.national(DEMO_CATALOGUE_NO).orElse(null);
        Map<ReviewerRule, UserAccount> reviewers = new EnumMap<>(ReviewerRule.class);
        reviewers.put(ReviewerRule.UNIT_REVIEWER, accounts.find("reviewer").orElse(null));
        reviewers.put(ReviewerRule.COURSE_TEAM_LEAD, accounts.find("courselead2").orElse(null));
        reviewers.put(ReviewerRule.LIBRARY_ADMIN, accounts.find("libadmin").orElse(null));
        UserAccount lead = accounts.find("courselead").orElse(null);
        UserAccount teacher = accounts.find("teacher").orElse(null);
        if (library == null || lead == null || teacher == null || reviewers.containsValue(null)
                || !resources.keySet().containsAll(titles())) {
            return Optional.empty();
        }
        if (courses.codeTaken(library.getId(), CODE)) {
            return Optional.empty();
        }
        StandardCourse course = build(library, lead, resources);
        accounts.grant(teacher, PlatformRole.TEACHER.roleName(), ScopeType.COURSE, course.getId(), "demo-data");
        review.review(versions.of(course, views.outline(course)), lead, LEVELS, reviewers, LEVELS.size());
        return Optional.of(course.getId());
    }

    private StandardCourse build(ResourceLibrary library, UserAccount lead, Map<String, Long> resources) {
        StandardCourse course = courses.add(new StandardCourse(library.getId(), CODE, "焊接工艺",
                lead.getOrganisation() == null ? null : lead.getOrganisation().getId(), lead.getId(), lead.getId()));
        course.describe("焊接工艺", library.getCoreMajor() == null ? null : library.getCoreMajor().getId(),
                new BigDecimal("64"), new BigDecimal("4"),
                "焊接技术与自动化专业核心课程：常用焊接方法、焊接材料、焊接工艺评定与焊缝检验。",
                "能按焊接工艺规程完成平焊操作；能识读焊接工艺评定报告；能进行焊缝外观检验。",
                "依据《焊接技术与自动化专业教学标准》编制。");
        course.chooseTemplate(CoursePortalTemplate.CARDS);
        CourseAssembly assembly = assemblies.add(new CourseAssembly(library.getId(), ASSEMBLY,
                "焊接接头形式与熔滴过渡的图片和动画，可插入多门课程。", lead.getId()));
        assembly.setParts(List.of(new CourseAssemblyPart(resources.get("焊接接头形式"), null),
                new CourseAssemblyPart(resources.get("熔滴过渡动画"), null)));
        for (int m = 0; m < OUTLINE.size(); m++) {
            CourseNode module = nodes.add(new CourseNode(course, CourseNode.MODULE, OUTLINE.get(m).title(), null, m));
            List<Topic> topics = OUTLINE.get(m).topics();
            for (int t = 0; t < topics.size(); t++) {
                CourseNode topic = nodes.add(new CourseNode(course, CourseNode.TOPIC, topics.get(t).title(), module, t));
                addItems(course, topic, topics.get(t).items(), resources, assembly);
            }
        }
        return course;
    }

    private void addItems(StandardCourse course, CourseNode topic, List<Item> items, Map<String, Long> resources,
            CourseAssembly assembly) {
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            CourseNode node = new CourseNode(course, CourseNode.ITEM, item.title(), topic, i);
            node.setContent(item.kind(), item.resource() == null ? null : resources.get(item.resource()),
                    item.kind() == CourseItemKind.ASSEMBLY ? assembly.getId() : null,
                    item.kind() == CourseItemKind.PAGE ? GUIDE : null, CourseNode.DEFAULT_MIN_SECONDS, item.trial());
            nodes.add(node);
        }
    }

    private static List<String> titles() {
        List<String> titles = new ArrayList<>(List.of("焊接接头形式", "熔滴过渡动画"));
        OUTLINE.forEach(m -> m.topics().forEach(t -> t.items().stream().map(Item::resource)
                .filter(r -> r != null).forEach(titles::add)));
        return titles;
    }
}
