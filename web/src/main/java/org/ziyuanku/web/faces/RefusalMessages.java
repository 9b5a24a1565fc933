package org.ziyuanku.web.faces;

import java.util.function.Supplier;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.system.RefusedException;

/**
 * What a console page does with a service's refusal: a broken rule (RefusedException) is shown as its reason on the
 * page, or on the next page after a redirect; a missing right (AccessDeniedException) goes on to the 403 page, or, on
 * a library editor's page (the question bank, papers, course outlines, 积件), is shown as {@code api.error.forbidden};
 * and a page that cannot find what it shows is the 404 page.
 */
public final class RefusalMessages {

    private static final String FORBIDDEN = "api.error.forbidden";

    private RefusalMessages() {
    }

    /** Loads what a page shows: a refusal of kind NOT_FOUND becomes the 404 page, any other goes on (403 stays 403). */
    public static <T> T load(Supplier<T> read) {
        try {
            return read.get();
        } catch (RefusedException e) {
            if (e.kind() == RefusedException.Kind.NOT_FOUND) {
                throw new SubjectNotFoundException(e.getMessage());
            }
            throw e;
        }
    }

    /**
     * Runs the change and says so ({@code doneKey}, none when null); false after showing the rule it broke instead.
     * A missing right (AccessDeniedException) goes on to the 403 page.
     */
    public static boolean change(Runnable change, String doneKey) {
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

    /** As {@link #change}, but the message (done, or the reason refused) is shown by the next page the user sees. */
    public static boolean changeForNextPage(Runnable change, String doneKey) {
        try {
            change.run();
            NextRequestMessages.addGlobalInfo(doneKey);
            return true;
        } catch (RefusedException e) {
            NextRequestMessages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
            return false;
        }
    }

    /** As {@link #change}, but a missing right is shown too, as {@code api.error.forbidden}. */
    public static boolean changeOrForbidden(Runnable change, String doneKey) {
        return changeOrForbidden(change, doneKey, FORBIDDEN);
    }

    /** As {@link #change}, but a missing right is shown too, as the page's {@code forbiddenKey}. */
    public static boolean changeOrForbidden(Runnable change, String doneKey, String forbiddenKey) {
        Boolean done = answerOrForbidden(() -> {
            change.run();
            return Boolean.TRUE;
        }, forbiddenKey);
        if (done == null) {
            return false;
        }
        if (doneKey != null) {
            Messages.addGlobalInfo(doneKey);
        }
        return true;
    }

    /** The answer of the call, or null after showing its refusal: a broken rule's reason, or api.error.forbidden. */
    public static <T> T answerOrForbidden(Supplier<T> call) {
        return answerOrForbidden(call, FORBIDDEN);
    }

    /** The answer of the call, or null after showing its refusal: a broken rule's reason, or {@code forbiddenKey}. */
    public static <T> T answerOrForbidden(Supplier<T> call, String forbiddenKey) {
        try {
            return call.get();
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        } catch (AccessDeniedException e) {
            Messages.addGlobalError(forbiddenKey);
        }
        return null;
    }
}
