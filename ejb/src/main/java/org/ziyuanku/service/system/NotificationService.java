package org.ziyuanku.service.system;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.ziyuanku.domain.system.Notification;
import org.ziyuanku.service.system.internal.JsonStrings;
import org.ziyuanku.service.system.internal.NotificationRepository;
import org.ziyuanku.service.system.internal.NotificationTexts;

/**
 * The signed-in user's notifications (通知): their inbox, newest first and in their language with each page route
 * resolved to its path ({@link PageRoutes}), the unread count, and marking read. Every method acts on the caller's
 * own notifications only; someone without a platform account has none.
 */
@Stateless
@PermitAll
public class NotificationService {

    /** The most notifications one inbox call returns. */
    public static final int MAX_INBOX = 500;

    private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());

    @Inject
    private CurrentCaller caller;

    @Inject
    private NotificationRepository notifications;

    @Inject
    private PageRoutes routes;

    /** The caller's newest {@code max} notifications (1–500), texts rendered in the locale (zh-CN unless English). */
    public List<NotificationView> inbox(int max, Locale locale) {
        int limit = Math.max(1, Math.min(max, MAX_INBOX));
        return caller().map(a -> notifications.inbox(a, limit).stream().map(n -> view(n, locale)).toList())
                .orElse(List.of());
    }

    /** How many of the caller's notifications are unread. */
    public long unreadCount() {
        return caller().map(a -> notifications.countUnread(a)).orElse(0L);
    }

    /** Marks those of the notifications that are the caller's and unread as read; others' ids are ignored. */
    public int markRead(List<Long> ids) {
        List<Long> wanted = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return 0;
        }
        return caller().map(a -> notifications.markRead(a, wanted)).orElse(0);
    }

    /** Marks all of the caller's unread notifications as read; returns how many. */
    public int markAllRead() {
        return caller().map(a -> notifications.markAllRead(a)).orElse(0);
    }

    private Optional<Long> caller() {
        return Optional.ofNullable(caller.accountId());
    }

    private NotificationView view(Notification n, Locale locale) {
        List<String> args;
        try {
            args = JsonStrings.decode(n.getMessageArgs());
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Notification " + n.getId() + " has unreadable arguments: " + e.getMessage());
            args = List.of();
        }
        return new NotificationView(n.getId(), NotificationTexts.render(n.getMessageKey(), args, locale),
                routes.path(n.getLink()).orElse(null), n.getCreatedAt(), n.isRead());
    }
}
