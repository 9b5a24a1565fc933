package org.ziyuanku.it.learning;

import java.sql.SQLException;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * A published course offered with two classes, written into the test database as teaching and the progress engine
 * would leave them, for the class-management ITs. The offering's outline: module 1 (due yesterday) → topic → items
 * 1 and 2; module 2 (no due date) → topic → item 3 and a hidden item 4. Class A: {@link #teacherA} (TEACHER),
 * {@link #assistantA} (ASSISTANT), learners 1 (S001: items 1 and 2 completed, 3 started; active now) and 2 (S002:
 * item 3 and the hidden item 4 completed, last active 10 days ago, so behind schedule). Class B: {@link #teacherB}
 * and learner 3. {@link #outsider} is a teacher of the same school with no class.
 */
final class Classroom {

    final String suffix;
    final String teacherA;
    final String assistantA;
    final String teacherB;
    final String outsider;
    final long owner;
    final long offering;
    final long classA;
    final long classB;
    final long learner1;
    final long learner2;
    final long learner3;
    final long enrolment1;
    final long enrolment2;
    final long enrolment3;
    final String learner1Name;
    final String offeringTitle;

    private Classroom(String tag) throws SQLException {
        suffix = tag + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        TestKeycloak.ensureRunning();
        long school = TestAccounts.organisation(TestAccounts.SCHOOL_A);
        teacherA = teacher("ta-" + suffix, school);
        assistantA = teacher("aa-" + suffix, school);
        teacherB = teacher("tb-" + suffix, school);
        outsider = teacher("to-" + suffix, school);
        owner = TestAccounts.account("ow-" + suffix, school);
        long library = TestDatabase.queryLong("select min(id) from resource_library");
        long course = CourseFixtures.publishedCourse(library, owner, "CS" + suffix.hashCode());
        offering = CourseFixtures.publishedOffering(course, owner, "2026-2027-1");
        offeringTitle = TestDatabase.queryString("select title from course_offering where id = ?", offering);
        long[] items = outline();
        classA = CourseFixtures.courseClass(offering, "甲班" + suffix, accountOf(teacherA));
        CourseFixtures.staff(classA, accountOf(assistantA), "ASSISTANT");
        classB = CourseFixtures.courseClass(offering, "乙班" + suffix, accountOf(teacherB));
        learner1 = learner("l1-" + suffix, school);
        learner2 = learner("l2-" + suffix, school);
        learner3 = learner("l3-" + suffix, school);
        learner1Name = "学习者甲" + suffix;
        TestDatabase.update("update user_account set real_name = ? where id = ?", learner1Name, learner1);
        enrolment1 = CourseFixtures.enrol(offering, classA, learner1);
        enrolment2 = CourseFixtures.enrol(offering, classA, learner2);
        enrolment3 = CourseFixtures.enrol(offering, classB, learner3);
        TestDatabase.update("update enrolment set student_no = 'S001' where id = ?", enrolment1);
        TestDatabase.update("update enrolment set student_no = 'S002' where id = ?", enrolment2);
        learnt(items);
    }

    /** The outline below the fixture's module and topic; returns the ids of items 1 to 4. */
    private long[] outline() throws SQLException {
        long module1 = TestDatabase.queryLong("select id from offering_node where offering_id = ? and depth = 1",
                offering);
        TestDatabase.update("update offering_node set due_on = current_date - 1 where id = ?", module1);
        long topic1 = TestDatabase.queryLong("select id from offering_node where offering_id = ? and depth = 2",
                offering);
        long item1 = node(topic1, 3, 0, false);
        long item2 = node(topic1, 3, 1, false);
        long module2 = node(null, 1, 1, false);
        long topic2 = node(module2, 2, 0, false);
        long item3 = node(topic2, 3, 0, false);
        long item4 = node(topic2, 3, 1, true);
        return new long[] {item1, item2, item3, item4};
    }

    /** The learners' progress as the progress engine leaves it. */
    private void learnt(long[] items) throws SQLException {
        long item1 = items[0];
        long item2 = items[1];
        long item3 = items[2];
        long item4 = items[3];
        progress(enrolment1, item1, true, 60_000, "localtimestamp - interval '1 hour'");
        progress(enrolment1, item2, true, 120_000, "localtimestamp - interval '30 minutes'");
        progress(enrolment1, item3, false, 30_000, "localtimestamp - interval '10 minutes'");
        TestDatabase.update("insert into learning_resume (enrolment_id, offering_node_id, part_id, position_ms,"
                + " updated_at) values (?, ?, 0, 15000, localtimestamp)", enrolment1, item3);
        progress(enrolment2, item3, true, 90_000, "localtimestamp - interval '10 days'");
        progress(enrolment2, item4, true, 45_000, "localtimestamp - interval '10 days'");
        progress(enrolment3, item1, true, 10_000, "localtimestamp");
    }

    static Classroom create(String tag) throws SQLException {
        return new Classroom(tag);
    }

    static long accountOf(String username) throws SQLException {
        return TestDatabase.queryLong("select id from user_account where username = ?", username);
    }

    /** The notifications with the key the account holds. */
    static long notifications(long account, String key) throws SQLException {
        return TestDatabase.queryLong("select count(*) from notification where recipient_id = ? and message_key = ?",
                account, key);
    }

    /** A teacher of the school: the Keycloak user with the realm role and the platform account. */
    private static String teacher(String username, long school) throws SQLException {
        TestKeycloak.createUser(username, "teacher");
        TestAccounts.account(username, school);
        return username;
    }

    private static long learner(String username, long school) throws SQLException {
        return TestAccounts.account(username, school);
    }

    /** A node added to the offering locally (module under nothing, topic under a module, PAGE item under a topic). */
    private long node(Long parent, int depth, int position, boolean hidden) throws SQLException {
        long id = TestDatabase.queryLong("select nextval('offering_node_seq')");
        TestDatabase.update("insert into offering_node (id, offering_id, local_changed, hidden, parent_id, depth,"
                + " position, title, item_kind, page_body) values (?, ?, true, ?, " + (parent == null ? "null" : parent)
                + ", ?, ?, ?, " + (depth == 3 ? "'PAGE', '<p>页</p>'" : "null, null") + ")", id, offering, hidden, depth,
                position, "节点 " + id);
        return id;
    }

    /** Progress on an item as the progress engine leaves it: COMPLETED or STARTED, time spent, last change. */
    private static void progress(long enrolment, long item, boolean completed, long timeSpentMs, String at)
            throws SQLException {
        TestDatabase.update("insert into item_progress (enrolment_id, offering_node_id, part_id, covered, covered_s,"
                + " required_s, time_spent_ms, status, completed_at, updated_at) values (?, ?, 0, '', ?, 60, ?, ?, "
                + (completed ? at : "null") + ", " + at + ")", enrolment, item, completed ? 60 : 30, timeSpentMs,
                completed ? "COMPLETED" : "STARTED");
    }
}
