package org.ziyuanku.it.system;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.ziyuanku.service.system.NotificationCommand;
import org.ziyuanku.service.system.Notifier;
import org.ziyuanku.service.system.PageRoute;

/**
 * Test-only (added to the WAR by {@code NotificationIT}): calls the internal {@link Notifier} inside a
 * {@link UserTransaction} that it then commits or rolls back, as a business action would; the notification points to
 * the page route {@code review.queue}, as review's do.
 * {@code POST /it/notify?recipient=&title=&outcome=commit|rollback} answers 204.
 */
@WebServlet("/it/notify")
public class NotifyProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Notifier notifier;

    @Resource
    private UserTransaction transaction;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long recipient = Long.parseLong(request.getParameter("recipient"));
        NotificationCommand command = new NotificationCommand(Set.of(recipient), "notification.review.waiting",
                List.of(request.getParameter("title"), "焊接技术与自动化", "2"), PageRoute.of("review.queue"));
        try {
            transaction.begin();
            notifier.notify(command);
            if ("commit".equals(request.getParameter("outcome"))) {
                transaction.commit();
            } else {
                transaction.rollback();
            }
        } catch (Exception e) {
            throw new IOException("notify in a transaction failed", e);
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
