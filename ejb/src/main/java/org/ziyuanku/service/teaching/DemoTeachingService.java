package org.ziyuanku.service.teaching;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.domain.teaching.ClassNotice;
import org.ziyuanku.domain.teaching.ClassSurvey;
import org.ziyuanku.domain.teaching.ClassStaff;
import org.ziyuanku.domain.teaching.CourseClass;
import org.ziyuanku.domain.teaching.CourseOffering;
import org.ziyuanku.domain.teaching.DiscussionReply;
import org.ziyuanku.domain.teaching.DiscussionStatus;
import org.ziyuanku.domain.teaching.DiscussionTopic;
import org.ziyuanku.domain.teaching.Enrolment;
import org.ziyuanku.domain.teaching.EnrolmentMode;
import org.ziyuanku.domain.teaching.EnrolmentSource;
import org.ziyuanku.domain.teaching.OfferingTerm;
import org.ziyuanku.domain.teaching.StaffRole;
import org.ziyuanku.domain.teaching.SurveyAnswer;
import org.ziyuanku.domain.teaching.SurveyItem;
import org.ziyuanku.domain.teaching.SurveyItemKind;
import org.ziyuanku.domain.teaching.SurveyKind;
import org.ziyuanku.domain.teaching.SurveyResponse;
import org.ziyuanku.domain.teaching.SurveySettings;
import org.ziyuanku.service.course.PublishedCourseOutline;
import org.ziyuanku.service.course.PublishedCourses;
import org.ziyuanku.service.identity.Accounts;
import org.ziyuanku.service.teaching.internal.ClassRepository;
import org.ziyuanku.service.teaching.internal.DemoHomework;
import org.ziyuanku.service.teaching.internal.DiscussionRepository;
import org.ziyuanku.service.teaching.internal.NoticeRepository;
import org.ziyuanku.service.teaching.internal.OfferingRepository;
import org.ziyuanku.service.teaching.internal.OfferingSync;
import org.ziyuanku.service.teaching.internal.SurveyRepository;

/**
 * For evaluation installs: {@code teacher} offers the demo course for the current term (enrolment by class code) with
 * two classes, taught by {@code teacher} and {@code courselead}, and {@code student} ({@code student2} and
 * {@code student3} too) in the first one. Called once, right after the demo course is published. The offering has a
 * pinned notice, a discussion with a best reply, an answered questionnaire, a peer-graded homework past its due time
 * with its reviews and a manually graded one ({@link DemoHomework}).
 */
@Stateless
public class DemoTeachingService {

    @Inject
    private PublishedCourses courses;

    @Inject
    private OfferingRepository offerings;

    @Inject
    private OfferingSync sync;

    @Inject
    private ClassRepository classes;

    @Inject
    private Accounts accounts;

    @Inject
    private Event<EnrolmentChanged> changed;

    @Inject
    private NoticeRepository notices;

    @Inject
    private DiscussionRepository discussions;

    @Inject
    private SurveyRepository surveys;

    @Inject
    private DemoHomework homework;

    /** Offers the published course with its classes and enrols the demo student; empty when anything is missing. */
    public Optional<DemoOffering> ensureDemoOffering(long courseId) {
        UserAccount teacher = accounts.find("teacher").orElse(null);
        UserAccount courselead = accounts.find("courselead").orElse(null);
        UserAccount student = accounts.find("student").orElse(null);
        PublishedCourseOutline outline = courses.outline(courseId).orElse(null);
        if (teacher == null || courselead == null || student == null || outline == null) {
            return Optional.empty();
        }
        CourseOffering offering = new CourseOffering(courseId, outline.courseVersion(), teacher.getId(),
                teacher.getOrganisation() == null ? null : teacher.getOrganisation().getId(),
                currentTerm(LocalDate.now(), outline.name()), null);
        offerings.add(offering);
        sync.copyOutline(offering, outline);
        offering.publish();
        CourseClass first = new CourseClass(offering, "焊接2026级1班");
        CourseClass second = new CourseClass(offering, "焊接2026级2班");
        classes.add(first);
        classes.add(second);
        classes.flush();
        classes.add(new ClassStaff(first.getId(), teacher.getId(), StaffRole.TEACHER, teacher.getId()));
        classes.add(new ClassStaff(second.getId(), courselead.getId(), StaffRole.TEACHER, teacher.getId()));
        Enrolment enrolment = new Enrolment(offering.getId(), first.getId(), student.getId(), EnrolmentSource.TEACHER,
                "2026010101");
        classes.add(enrolment);
        classes.flush();
        changed.fire(new EnrolmentChanged(enrolment.getId(), offering.getId(), first.getId(), student.getId(),
                teacher.getId(), "enrolled"));
        List<Long> learners = new ArrayList<>(List.of(student.getId()));
        classmates(offering.getId(), first.getId(), teacher.getId(), learners);
        classActivity(offering.getId(), first.getId(), teacher.getId(), student.getId());
        homework.seed(offering.getId(), first.getId(), teacher.getId(), learners);
        return Optional.of(new DemoOffering(offering.getId(), first.getId(), enrolment.getId()));
    }

    /** {@code student2} and {@code student3}, where they exist, in the first class too (for peer grading). */
    private void classmates(long offeringId, long classId, long teacherId, List<Long> learners) {
        int number = 2;
        for (String username : List.of("student2", "student3")) {
            Optional<UserAccount> account = accounts.find(username);
            if (account.isPresent()) {
                Enrolment e = new Enrolment(offeringId, classId, account.get().getId(), EnrolmentSource.TEACHER,
                        "202601010" + number++);
                classes.add(e);
                classes.flush();
                changed.fire(new EnrolmentChanged(e.getId(), offeringId, classId, account.get().getId(), teacherId,
                        "enrolled"));
                learners.add(account.get().getId());
            }
        }
    }

    /** A pinned notice to every class and a discussion in the first class with two replies, one of them best. */
    private void classActivity(long offeringId, long classId, long teacherId, long studentId) {
        notices.add(new ClassNotice(offeringId, null, teacherId, "实训安全须知",
                "<p>进入焊接实训室必须穿戴工作服、焊接手套和面罩；每次实训前检查气瓶与焊机接地。</p>", true));
        DiscussionTopic topic = new DiscussionTopic(offeringId, classId, null, studentId, "立焊时焊缝总有咬边怎么办？",
                "<p>练习 V 形坡口立焊时，焊缝两侧总出现咬边，电流已经调小了。</p>", DiscussionStatus.VISIBLE);
        discussions.add(topic);
        discussions.flush();
        DiscussionReply answer = new DiscussionReply(topic.getId(), null, teacherId,
                "<p>咬边多半是电弧过长或焊条摆动到两侧时停留太短：压低电弧，在坡口两侧稍作停留。</p>",
                DiscussionStatus.VISIBLE);
        discussions.add(answer);
        discussions.flush();
        answer.setBest(true);
        discussions.add(new DiscussionReply(topic.getId(), answer.getId(), studentId, "<p>试了，两侧停留后好多了，谢谢老师！</p>",
                DiscussionStatus.VISIBLE));
        questionnaire(offeringId, teacherId, studentId);
    }

    /** An open anonymous questionnaire to every class, answered by the demo student. */
    private void questionnaire(long offeringId, long teacherId, long studentId) {
        ClassSurvey survey = new ClassSurvey(offeringId, null, teacherId, SurveyKind.QUESTIONNAIRE);
        survey.change(new SurveySettings("焊接实训满意度调查", "匿名填写，帮助我们改进实训安排。", true, true, false, null,
                null), List.of(new SurveyItem(SurveyItemKind.SCALE, "你对本学期实训安排的满意程度", null, null, 5, "很不满意",
                "非常满意"), new SurveyItem(SurveyItemKind.MULTIPLE, "你希望增加哪些实训内容？", List.of("仰焊", "管道焊接",
                "氩弧焊", "焊接检验"), 2, null, null, null), new SurveyItem(SurveyItemKind.TEXT, "其他建议", null, null, null,
                null, null)));
        survey.open();
        surveys.add(survey);
        surveys.flush();
        surveys.participate(survey.getId(), studentId);
        surveys.addResponse(new SurveyResponse(survey.getId(), null, List.of(new SurveyAnswer(0, null, 4, null),
                new SurveyAnswer(1, 0, null, null), new SurveyAnswer(1, 1, null, null),
                new SurveyAnswer(2, null, null, "希望多安排仰焊练习。"))));
    }

    /** The term running on the day: the first from August to January, the second from February to July. */
    static OfferingTerm currentTerm(LocalDate day, String courseName) {
        boolean first = day.getMonthValue() >= Month.AUGUST.getValue() || day.getMonth() == Month.JANUARY;
        int startYear = day.getMonthValue() >= Month.AUGUST.getValue() ? day.getYear() : day.getYear() - 1;
        String code = startYear + "-" + (startYear + 1) + "-" + (first ? 1 : 2);
        LocalDate starts = first ? LocalDate.of(startYear, Month.SEPTEMBER, 1) : LocalDate.of(startYear + 1,
                Month.FEBRUARY, 20);
        LocalDate ends = first ? LocalDate.of(startYear + 1, Month.JANUARY, 20) : LocalDate.of(startYear + 1,
                Month.JULY, 10);
        String title = courseName + "（" + startYear + "—" + (startYear + 1) + "学年第" + (first ? "一" : "二") + "学期）";
        return new OfferingTerm(code, starts, ends, title, EnrolmentMode.CODE, false);
    }
}
