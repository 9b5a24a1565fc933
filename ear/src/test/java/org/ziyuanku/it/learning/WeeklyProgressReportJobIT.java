package org.ziyuanku.it.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ziyuanku.it.Deployments;
import org.ziyuanku.it.support.TestDatabase;

/**
 * The weekly progress report (issue 13, item 6): the weekly-progress-report job sends each learner of a running
 * offering one report a week with their progress; run twice in the same week (as every cluster node does), each
 * learner still has exactly one, and a learner who left the class gets none.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WeeklyProgressReportJobIT {

    private static final String REPORT = "notification.learning.weeklyReport";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void runTwiceInOneWeek_eachLearnerGetsOneReport_andOneWhoLeftGetsNone() throws Exception {
        Classroom room = Classroom.create("wr");
        TestDatabase.update("update enrolment set status = 'LEFT', ended_at = now() where id = ?", room.enrolment3);
        LocalDate week = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

        assertEquals("COMPLETED", run(week));
        assertEquals(1, Classroom.notifications(room.learner1, REPORT));
        assertEquals(1, Classroom.notifications(room.learner2, REPORT));
        assertEquals(0, Classroom.notifications(room.learner3, REPORT), "learner 3 left the class");
        String args = TestDatabase.queryString("select message_args from notification where recipient_id = ? and"
                + " message_key = ?", room.learner1, REPORT);
        assertTrue(args.contains(room.offeringTitle) && args.contains("\"66\"") && args.contains("\"2\"")
                && args.contains("\"3\""), args);
        assertEquals("learning.course?offering=" + room.offering, TestDatabase.queryString("select link from"
                + " notification where recipient_id = ? and message_key = ?", room.learner1, REPORT));

        assertEquals("COMPLETED", run(week));
        assertEquals(1, Classroom.notifications(room.learner1, REPORT), "a second run sends nothing again");
        assertEquals(1, Classroom.notifications(room.learner2, REPORT));
        assertEquals(2, TestDatabase.queryLong("select count(*) from weekly_report_sent where week_start = ? and"
                + " enrolment_id in (?, ?, ?)", week, room.enrolment1, room.enrolment2, room.enrolment3));

        assertEquals("COMPLETED", run(week.plusWeeks(1)));
        assertEquals(2, Classroom.notifications(room.learner1, REPORT), "next week's report is a new one");
    }

    private static String run(LocalDate week) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL
                + "/it/weekly-report?week=" + week)).timeout(Duration.ofMinutes(3))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().strip();
    }
}
