package org.ziyuanku.web.console.teaching;

import org.ziyuanku.web.faces.PageIds;

/** What the teaching beans share: page ids from parameters. */
final class TeachingPages {

    private TeachingPages() {
    }

    /** The id a page was opened with; anything else names nothing (404). */
    static long id(String value) {
        return PageIds.of(value);
    }

    /** The class a form's choice names; null for the empty choice (the whole offering). */
    static Long classOrAll(String classId) {
        return classId == null || classId.isBlank() ? null : id(classId);
    }
}
