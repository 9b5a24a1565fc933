package org.ziyuanku.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Courses, offerings, classes and enrolments written straight into the test database, as the services would leave
 * them, for ITs that need one as a starting point rather than as the thing under test.
 */
public final class CourseFixtures {

    private CourseFixtures() {
    }

    /**
     * A PUBLISHED standard course of the library led by {@code lead}: one module, one topic and one RESOURCE item per
     * resource (60 s minimum time each); returns the course id.
     */
    public static long publishedCourse(long library, long lead, String code, long... resources) throws SQLException {
        long course = TestDatabase.queryLong("select nextval('standard_course_seq')");
        TestDatabase.update("insert into standard_course (id, library_id, code, name, lead_id, status, course_version,"
                + " created_by, created_at, updated_at, published_at, version) values (?, ?, ?, ?, ?, 'PUBLISHED', 1,"
                + " ?, now(), now(), now(), 0)", course, library, code, "课程 " + code, lead, lead);
        long module = courseNode(course, null, 1, 0, "模块一", null);
        long topic = courseNode(course, module, 2, 0, "主题一", null);
        for (int i = 0; i < resources.length; i++) {
            courseNode(course, topic, 3, i, "条目 " + (i + 1), resources[i]);
        }
        return course;
    }

    private static long courseNode(long course, Long parent, int depth, int position, String title, Long resource)
            throws SQLException {
        long id = TestDatabase.queryLong("select nextval('course_node_seq')");
        TestDatabase.update("insert into course_node (id, course_id, node_key, parent_id, depth, position, title,"
                + " item_kind, resource_id, content_hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", id, course,
                UUID.randomUUID(), parent, depth, position, title, depth == 3 ? "RESOURCE" : null, resource,
                TestResources.sha256((title + "|" + resource).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return id;
    }

    /** A PUBLISHED offering (enrolment by class code) of the course with a copy of its outline; returns its id. */
    public static long publishedOffering(long course, long owner, String term) throws SQLException {
        long offering = TestDatabase.queryLong("select nextval('course_offering_seq')");
        TestDatabase.update("insert into course_offering (id, course_id, owner_id, term_code, starts_on, ends_on, title,"
                + " status, enrolment_mode, synced_course_version, created_at, version) values (?, ?, ?, ?,"
                + " current_date - 7, current_date + 120, ?, 'PUBLISHED', 'CODE', 1, now(), 0)", offering, course,
                owner, term, "开课 " + term);
        Map<Long, Long> copies = new HashMap<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement("select id, node_key,"
                + " parent_id, depth, position, title, item_kind, resource_id, min_seconds, content_hash"
                + " from course_node where course_id = ? order by depth, id")) {
            s.setLong(1, course);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long copy = TestDatabase.queryLong("select nextval('offering_node_seq')");
                    Long parent = rs.getObject("parent_id") == null ? null : copies.get(rs.getLong("parent_id"));
                    TestDatabase.update("insert into offering_node (id, offering_id, origin_key, base_hash, parent_id,"
                            + " depth, position, title, item_kind, resource_id, min_seconds) values (?, ?, ?, ?, ?, ?,"
                            + " ?, ?, ?, ?, ?)", copy, offering, rs.getObject("node_key"), rs.getString("content_hash"),
                            parent, rs.getInt("depth"), rs.getInt("position"), rs.getString("title"),
                            rs.getString("item_kind"), rs.getObject("resource_id"), rs.getInt("min_seconds"));
                    copies.put(rs.getLong("id"), copy);
                }
            }
        }
        return offering;
    }

    /** The ids of the offering's items (depth 3), in outline order. */
    public static List<Long> offeringItems(long offering) throws SQLException {
        List<Long> items = new ArrayList<>();
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement("select n.id from"
                + " offering_node n join offering_node t on t.id = n.parent_id join offering_node m on m.id ="
                + " t.parent_id where n.offering_id = ? order by m.position, t.position, n.position")) {
            s.setLong(1, offering);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    items.add(rs.getLong(1));
                }
            }
        }
        return items;
    }

    /** A class of the offering with a random 8-character code and {@code teacher} as its TEACHER; returns its id. */
    public static long courseClass(long offering, String name, long teacher) throws SQLException {
        long id = TestDatabase.queryLong("select nextval('course_class_seq')");
        String code = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        TestDatabase.update("insert into course_class (id, offering_id, name, class_code, version) values (?, ?, ?, ?,"
                + " 0)", id, offering, name, code);
        staff(id, teacher, "TEACHER");
        return id;
    }

    /** Adds the account to the class's staff as TEACHER or ASSISTANT. */
    public static void staff(long courseClass, long account, String role) throws SQLException {
        TestDatabase.update("insert into class_staff (class_id, account_id, role, added_at) values (?, ?, ?, now())",
                courseClass, account, role);
    }

    /** The class's enrolment code. */
    public static String classCode(long courseClass) throws SQLException {
        return TestDatabase.queryString("select class_code from course_class where id = ?", courseClass);
    }

    /** An ACTIVE enrolment (source TEACHER) of the learner in the class; returns its id. */
    public static long enrol(long offering, long courseClass, long learner) throws SQLException {
        long id = TestDatabase.queryLong("select nextval('enrolment_seq')");
        TestDatabase.update("insert into enrolment (id, offering_id, class_id, learner_id, source, status, enrolled_at,"
                + " version) values (?, ?, ?, ?, 'TEACHER', 'ACTIVE', now(), 0)", id, offering, courseClass, learner);
        return id;
    }
}
