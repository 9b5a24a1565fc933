package org.ziyuanku.web.api.v1.learning;

import java.util.List;
import org.ziyuanku.service.incentive.MyPointsView;
import org.ziyuanku.web.api.v1.incentive.MyPointsDto;
import org.ziyuanku.web.console.learning.LearningArchive;

/**
 * The download of one's own learning archive: who (user name, name, school), when it was made, the courses with
 * progress and total grade, homework due soon, points with every badge and the latest awards, and where the full
 * activity stream is ({@code /api/v1/statements}).
 */
public record MyArchiveDto(String username, String displayName, String organisation, String exportedAt,
        List<LearningArchive.Course> courses, List<Deadline> deadlines, MyPointsDto points, String statements) {

    /** Homework due soon, with the due time as ISO text. */
    public record Deadline(long offeringId, String courseTitle, long assignmentId, String title, String dueAt) {
    }

    public static MyArchiveDto of(String username, String displayName, String organisation, String exportedAt,
            LearningArchive archive, MyPointsView points) {
        return new MyArchiveDto(username, displayName, organisation, exportedAt, archive.courses(),
                archive.deadlines().stream().map(d -> new Deadline(d.offeringId(), d.courseTitle(), d.assignmentId(),
                        d.title(), d.dueAt().toString())).toList(), MyPointsDto.of(points), "/api/v1/statements?limit=200");
    }
}
