package org.ziyuanku.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.sql.SQLException;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestAccounts;
import org.ziyuanku.it.support.TestDatabase;
import org.ziyuanku.it.support.TestKeycloak;
import org.ziyuanku.it.support.TestResources;

/**
 * People and resources for the learner-action tests, named with a unique suffix: a teacher of the welding library
 * who uploads resources (published here through the database), the library's administrator, two learners of the same
 * school, and test sensitive words; {@link #forget} deletes all of it.
 */
final class LearnerActionsWorld {

    final String suffix = Long.toString(System.nanoTime() % 10_000_000);
    final String teacher = "lat-" + suffix;
    final String administrator = "laa-" + suffix;
    final String learner = "lal-" + suffix;
    final String classmate = "lam-" + suffix;
    final String blocked = "评论禁词" + suffix;
    final String flagged = "评论敏感" + suffix;
    final long library;
    private long[] words = new long[0];

    LearnerActionsWorld() throws SQLException {
        TestKeycloak.ensureRunning();
        library = TestResources.contributor(teacher);
        TestResources.libraryAdministrator(administrator, library);
        for (String name : new String[] {learner, classmate}) {
            TestKeycloak.createUser(name, "learner");
            TestAccounts.account(name, TestAccounts.organisation(TestResources.DEMO_SCHOOL));
        }
    }

    /** A resource the teacher uploads, marked PUBLISHED; its id. */
    long published(String filename, String sample, String title) throws SQLException {
        HttpResponse<String> created = ApiClient.as(teacher).upload("/api/v1/libraries/" + library + "/resources",
                filename, TestResources.sample(sample), ApiClient.fields("title", title, "courseName", "焊接工艺"));
        assertEquals(201, created.statusCode(), created.body());
        long id = Long.parseLong(ApiClient.json(created.body(), "id"));
        TestDatabase.update("update teaching_resource set status = 'PUBLISHED', published_at = now() where id = ?",
                id);
        return id;
    }

    /** The blocked and the flagged test words in the sensitive-word dictionary. */
    void words() throws SQLException {
        words = new long[] {word(blocked, "BLOCK"), word(flagged, "FLAG")};
    }

    long accountId(String username) throws SQLException {
        return TestDatabase.queryLong("select id from user_account where username = ?", username);
    }

    void forget() throws SQLException {
        for (long word : words) {
            TestDatabase.update("delete from sensitive_word where id = ?", word);
        }
        for (String name : new String[] {learner, classmate, administrator, teacher}) {
            TestDatabase.update("delete from resource_rating where user_id in (select id from user_account where"
                    + " username = ?) or resource_id in (select r.id from teaching_resource r join user_account u"
                    + " on u.id = r.uploaded_by_id where u.username = ?)", name, name);
        }
        TestResources.forget(learner, classmate, administrator, teacher);
    }

    private static long word(String word, String severity) throws SQLException {
        long id = TestDatabase.queryLong("select nextval('sensitive_word_seq')");
        TestDatabase.update("insert into sensitive_word (id, word, category, severity, created_by, created_at,"
                + " updated_at) values (?, ?, 'OTHER', ?, 'it', now(), now())", id, word, severity);
        return id;
    }
}
