package org.ziyuanku.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.CourseFixtures;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;
import org.ziyuanku.it.support.TestReview;

/**
 * A published course of real uploaded and published resources of the welding library (the 3-second sample video, a
 * 60-second WAV made here, the sample PNG, read with a 5-second minimum), offered with one class; learners of the
 * same school enrolled in it; helpers to start attempts, send beats and read progress and anomalies from the database.
 */
final class LearningFixture {

    static final int VIDEO = 0;
    static final int AUDIO = 1;
    static final int IMAGE = 2;
    static final int IMAGE_MIN_SECONDS = 5;

    final String suffix;
    final String teacher;
    final String administrator;
    final long offering;
    final long courseClass;
    final List<Long> items;
    private final long course;
    private final long library;
    private final long teacherId;
    private Long assembly;
    /** The unpublished part of {@link #assemblyItem()}'s 积件. */
    long assemblyDraft;
    private final List<String> learners = new ArrayList<>();

    private LearningFixture(String tag) throws Exception {
        suffix = tag + System.currentTimeMillis() % 100_000;
        teacher = "lt-" + suffix;
        administrator = "la-" + suffix;
        library = TestResources.contributor(teacher);
        TestResources.libraryAdministrator(administrator, library);
        teacherId = accountId(teacher);
        long video = publish(library, "clip.mp4", TestResources.sample("sample.mp4"));
        long audio = publish(library, "lecture.wav", wav(60));
        long image = publish(library, "diagram.png", TestResources.sample("sample.png"));
        course = CourseFixtures.publishedCourse(library, teacherId, "L" + suffix, video, audio, image);
        offering = CourseFixtures.publishedOffering(course, teacherId, "2026-2027-1");
        courseClass = CourseFixtures.courseClass(offering, "焊接 1 班", teacherId);
        items = CourseFixtures.offeringItems(offering);
        TestDatabase.update("update offering_node set min_seconds = ? where id = ?", IMAGE_MIN_SECONDS,
                items.get(IMAGE));
    }

    static LearningFixture create(String tag) throws Exception {
        return new LearningFixture(tag);
    }

    /** A learner of the same school (Keycloak and platform), enrolled in the class; returns the account id. */
    long enrolledLearner(String name) throws SQLException {
        long id = learner(name);
        CourseFixtures.enrol(offering, courseClass, id);
        return id;
    }

    /** A learner of the same school, not enrolled; returns the account id. */
    long learner(String name) throws SQLException {
        String username = name + "-" + suffix;
        TestKeycloak.createUser(username, "learner");
        learners.add(username);
        return TestAccounts.account(username, TestAccounts.organisation(TestResources.DEMO_SCHOOL));
    }

    String username(String name) {
        return name + "-" + suffix;
    }

    long item(int which) {
        return items.get(which);
    }

    String attemptsPath(int which) {
        return "/api/v1/offerings/" + offering + "/items/" + item(which) + "/attempts";
    }

    /** The resource the item plays (a RESOURCE item's). */
    long resourceOf(int which) throws SQLException {
        return TestDatabase.queryLong("select resource_id from offering_node where id = ?", item(which));
    }

    /**
     * A 积件 of the video, a resource uploaded here and never published (as if withdrawn since: learners never see it)
     * and the image, in that order, added to the offering's topic as a local ASSEMBLY item after the others (5-second
     * minimum time); answers the item's node id and remembers the draft as {@link #assemblyDraft}.
     */
    long assemblyItem() throws SQLException {
        assembly = TestDatabase.queryLong("select nextval('course_assembly_seq')");
        TestDatabase.update("insert into course_assembly (id, library_id, name, owner_id, created_at, updated_at,"
                + " version) values (?, ?, ?, ?, now(), now(), 0)", assembly, library, "积件 " + suffix, teacherId);
        assemblyDraft = upload(library, "draft.wav", wav(2));
        long[] parts = {resourceOf(VIDEO), assemblyDraft, resourceOf(IMAGE)};
        for (int i = 0; i < parts.length; i++) {
            TestDatabase.update("insert into course_assembly_part (assembly_id, position, resource_id) values (?, ?, ?)",
                    assembly, i, parts[i]);
        }
        long node = TestDatabase.queryLong("select nextval('offering_node_seq')");
        TestDatabase.update("insert into offering_node (id, offering_id, local_changed, parent_id, depth, position,"
                + " title, item_kind, assembly_id, min_seconds) select ?, offering_id, true, parent_id, 3, 99, ?,"
                + " 'ASSEMBLY', ?, ? from offering_node where id = ?", node, "积件条目 " + suffix, assembly,
                IMAGE_MIN_SECONDS, item(VIDEO));
        return node;
    }

    String heartbeatPath(String attemptId) {
        return "/api/v1/offerings/" + offering + "/attempts/" + attemptId + "/heartbeats";
    }

    /** Starts an attempt as the learner and checks it was started; answers the JSON. */
    String start(ApiClient learner, int which) {
        HttpResponse<String> started = learner.post(attemptsPath(which));
        assertEquals(200, started.statusCode(), started.body());
        return started.body();
    }

    static String beat(String token, int seq, long fromMs, long toMs, String extra) {
        return "{\"token\":\"" + token + "\",\"seq\":" + seq + ",\"fromMs\":" + fromMs + ",\"toMs\":" + toMs
                + ",\"playing\":true,\"visible\":true" + (extra == null ? "" : "," + extra) + "}";
    }

    /** The item's progress row of the learner as {@code covered|covered_s|status}, or "none". */
    String progress(long learnerId, int which) throws SQLException {
        return TestDatabase.queryString("select coalesce((select p.covered || '|' || p.covered_s || '|' || p.status"
                + " from item_progress p join enrolment e on e.id = p.enrolment_id where e.learner_id = ?"
                + " and e.offering_id = ? and p.offering_node_id = ?), 'none')", learnerId, offering, item(which));
    }

    static long anomalies(long learnerId, String reason) throws SQLException {
        return TestDatabase.queryLong("select count(*) from progress_anomaly where learner_id = ? and reason = ?",
                learnerId, reason);
    }

    static long anomalies(long learnerId, String reason, String attemptId) throws SQLException {
        return TestDatabase.queryLong("select count(*) from progress_anomaly where learner_id = ? and reason = ?"
                + " and attempt_id = ?", learnerId, reason, Long.parseLong(attemptId));
    }

    /** Deletes the learning rows, the offering, the course, the uploads and the accounts. */
    void delete() throws SQLException {
        TestDatabase.update("delete from learning_statement where context_offering_id = ?", offering);
        TestDatabase.update("delete from progress_anomaly where learner_id in (select id from user_account where"
                + " username like ?)", "%-" + suffix);
        TestDatabase.update("delete from learning_attempt where offering_id = ?", offering);
        TestDatabase.update("delete from enrolment where offering_id = ?", offering);
        TestDatabase.update("delete from class_staff where class_id = ?", courseClass);
        TestDatabase.update("delete from course_class where offering_id = ?", offering);
        TestDatabase.update("delete from offering_node where offering_id = ?", offering);
        TestDatabase.update("delete from course_assembly where id = ?", assembly == null ? -1L : assembly);
        TestDatabase.update("delete from course_offering where id = ?", offering);
        TestDatabase.update("delete from course_node where course_id = ?", course);
        TestDatabase.update("delete from standard_course where id = ?", course);
        for (String learner : learners) {
            TestDatabase.update("delete from user_account where username = ?", learner);
        }
        TestResources.forget(teacher, administrator);
    }

    private long publish(long library, String filename, byte[] content) {
        long id = upload(library, filename, content);
        TestReview.publish(teacher, administrator, library, id);
        return id;
    }

    /** A draft: uploaded, never submitted. */
    private long upload(long library, String filename, byte[] content) {
        HttpResponse<String> created = ApiClient.as(teacher).upload("/api/v1/libraries/" + library + "/resources",
                suffix + "-" + filename, content, ApiClient.fields());
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(ApiClient.json(created.body(), "id"));
    }

    private static long accountId(String username) throws SQLException {
        return TestDatabase.queryLong("select id from user_account where username = ?", username);
    }

    /** A silent 8 kHz, 8-bit mono WAV of the given length in seconds (Java Sound measures its duration). */
    static byte[] wav(int seconds) {
        int bytes = 8000 * seconds;
        ByteBuffer b = ByteBuffer.allocate(44 + bytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(36 + bytes).put(ascii("WAVE")).put(ascii("fmt ")).putInt(16)
                .putShort((short) 1).putShort((short) 1).putInt(8000).putInt(8000).putShort((short) 1)
                .putShort((short) 8).put(ascii("data")).putInt(bytes);
        for (int i = 0; i < bytes; i++) {
            b.put((byte) (128 + (i % 40 < 20 ? 20 : -20)));
        }
        return b.array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
