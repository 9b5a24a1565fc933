package org.ziyuanku.web.faces;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.primefaces.csp.CspException;
import org.ziyuanku.service.resource.ResourceNotFoundException;
import org.ziyuanku.service.system.AccessDeniedException;
import org.ziyuanku.service.system.RefusedException;

/**
 * The one path from a refusal to its page: a page whose service refuses the caller ({@link AccessDeniedException})
 * answers 403, one whose subject does not exist ({@link ResourceNotFoundException}, {@link SubjectNotFoundException},
 * or any context's {@link RefusedException} of kind NOT_FOUND: a course, an offering, a class, a code list) 404, and a post whose view state restores no view ({@link ViewExpiredException} or another failure of the restore
 * phase: an old tab, or a form from another site; or a re-rendered post without the page's PrimeFaces CSP nonce,
 * {@link CspException}) 400 with "reload the page"; each with its error page (web.xml), a
 * 403 audited by {@link RefusalAuditFilter}. Beans keep no forbidden or not-found flags. Ajax requests go on to
 * OmniFaces' FullAjaxExceptionHandler, which renders the same pages by exception type.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && !context.getPartialViewContext().isAjaxRequest()
                && !context.getExternalContext().isResponseCommitted()) {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEventContext source = events.next().getContext();
                int status = statusOf(source.getException());
                if (status == 0 && PhaseId.RESTORE_VIEW.equals(source.getPhaseId()) && context.isPostback()) {
                    status = HttpServletResponse.SC_BAD_REQUEST; // a posted view state that restores no view
                }
                if (status > 0) {
                    events.remove();
                    sendError(context, status);
                    return;
                }
            }
        }
        getWrapped().handle();
    }

    /** The status the exception or one of its causes stands for, or 0 for any other failure. */
    static int statusOf(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return HttpServletResponse.SC_FORBIDDEN;
            }
            if (cause instanceof ResourceNotFoundException || cause instanceof SubjectNotFoundException
                    || cause instanceof RefusedException refused && refused.kind() == RefusedException.Kind.NOT_FOUND) {
                return HttpServletResponse.SC_NOT_FOUND;
            }
            if (cause instanceof ViewExpiredException || cause instanceof CspException) {
                return HttpServletResponse.SC_BAD_REQUEST;
            }
        }
        return 0;
    }

    private static void sendError(FacesContext context, int status) {
        try {
            context.getExternalContext().responseReset();
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
