package org.ziyuanku.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.support.ApiClient;
import org.ziyuanku.it.support.TestKeycloak;

/**
 * Notes and favourites on a course item (issue 16 item 3): a note shared with the class is read by a classmate and
 * the teacher, never by a learner outside the class (404); a private note by nobody but its author; a learner who is
 * not enrolled cannot save the item (404); the note keeps the video's position.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassNoteIT {

    private static LearningFixture fixture;

    @BeforeAll
    static void aClass() throws Exception {
        TestKeycloak.ensureRunning();
        fixture = LearningFixture.create("cn");
        fixture.enrolledLearner("cn-a");
        fixture.enrolledLearner("cn-b");
        fixture.learner("cn-out");
    }

    @AfterAll
    static void forget() throws Exception {
        fixture.delete();
    }

    @Test
    void classNote_isReadByTheClass_privateNote_byItsAuthorOnly() {
        ApiClient author = ApiClient.as(fixture.username("cn-a"));
        String target = "\"offeringId\":" + fixture.offering + ",\"nodeId\":" + fixture.item(LearningFixture.VIDEO);
        HttpResponse<String> shared = author.postJson("/api/v1/notes", "{" + target
                + ",\"body\":\"班级共享笔记\",\"visibility\":\"CLASS\",\"positionSeconds\":1}");
        assertEquals(201, shared.statusCode(), shared.body());
        assertEquals("1", ApiClient.json(shared.body(), "positionSeconds"));
        HttpResponse<String> mine = author.postJson("/api/v1/notes", "{" + target + ",\"body\":\"私人笔记\"}");
        assertEquals(201, mine.statusCode(), mine.body());
        String sharedId = ApiClient.json(shared.body(), "id");
        String privateId = ApiClient.json(mine.body(), "id");

        ApiClient classmate = ApiClient.as(fixture.username("cn-b"));
        assertEquals(200, classmate.get("/api/v1/notes/" + sharedId).statusCode());
        assertEquals(404, classmate.get("/api/v1/notes/" + privateId).statusCode());
        String onItem = classmate.get("/api/v1/notes?offering=" + fixture.offering + "&item="
                + fixture.item(LearningFixture.VIDEO)).body();
        assertTrue(onItem.contains("班级共享笔记"), onItem);
        assertFalse(onItem.contains("私人笔记"), onItem);
        assertEquals(404, classmate.putJson("/api/v1/notes/" + sharedId, "{\"body\":\"改\"}").statusCode());
        assertEquals(200, ApiClient.as(fixture.teacher).get("/api/v1/notes/" + sharedId).statusCode());

        ApiClient outsider = ApiClient.as(fixture.username("cn-out"));
        assertEquals(404, outsider.get("/api/v1/notes/" + sharedId).statusCode());
        assertEquals(404, outsider.get("/api/v1/notes/" + privateId).statusCode());
        assertEquals(404, outsider.postJson("/api/v1/favourites", "{" + target + "}").statusCode());
        assertEquals(201, author.postJson("/api/v1/favourites", "{" + target + "}").statusCode());
    }
}
