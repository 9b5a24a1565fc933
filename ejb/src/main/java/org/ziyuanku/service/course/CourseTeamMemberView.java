package org.ziyuanku.service.course;

import java.io.Serializable;

/** A member of a course team as pages show them; {@code lead} for the course-team lead. */
public record CourseTeamMemberView(long accountId, String username, String name, boolean lead)
        implements Serializable {
}
