package org.ziyuanku.web.console;

import java.util.function.Supplier;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.system.RefusedException;

/**
 * A change or read of a library editor's page (the question bank, papers, course outlines, 积件) whose refusal is
 * shown on the page itself, not as an error page: a broken rule as its reason, a missing right as
 * {@code api.error.forbidden}.
 */
public final class RefusalMessages {

    private RefusalMessages() {
    }

    /** Runs the change and says so ({@code doneKey}); false after showing its refusal instead. */
    public static boolean change(Runnable change, String doneKey) {
        Boolean done = answer(() -> {
            change.run();
            return Boolean.TRUE;
        });
        if (done == null) {
            return false;
        }
        Messages.addGlobalInfo(doneKey);
        return true;
    }

    /** The answer of the call, or null after showing its refusal. */
    public static <T> T answer(Supplier<T> call) {
        try {
            return call.get();
        } catch (RefusedException e) {
            Messages.addGlobalError(e.getReasonKey(), e.getReasonArgs());
        } catch (AccessDeniedException e) {
            Messages.addGlobalError("api.error.forbidden");
        }
        return null;
    }
}
