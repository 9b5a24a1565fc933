package org.ziyuanku.web.console.teaching;

import java.util.function.Supplier;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.system.RefusedException;
import org.ziyuanku.web.faces.PageIds;
import org.ziyuanku.web.faces.SubjectNotFoundException;

/** What the teaching beans share: page ids from parameters, and refusals as messages or error pages. */
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

    /** Loads what a page shows: a refusal of kind NOT_FOUND becomes the 404 page, 403 stays 403. */
    static <T> T load(Supplier<T> read) {
        try {
            return read.get();
        } catch (RefusedException e) {
            if (e.kind() == RefusedException.Kind.NOT_FOUND) {
                throw new SubjectNotFoundException(e.getMessage());
            }
            throw e;
        }
    }

    /** Runs a change; a rule it breaks becomes an error message, a missing right (AccessDeniedException) goes on to the 403 page. */
    static boolean change(Runnable change, String doneKey) {
        try {
            change.run();
            if (doneKey != null) {
                Messages.addGlobalInfo(doneKey);
            }
            return true;
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
            return false;
        }
    }
}
