package org.ziyuanku.web.console.system;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.system.NotificationService;
import org.ziyuanku.service.system.NotificationView;
import org.ziyuanku.web.faces.LocaleBean;
import org.ziyuanku.web.faces.RequestParameters;

/**
 * The signed-in user's notifications (console/system/notifications.xhtml), newest first with the unread ones marked,
 * and the unread count for the console menu. "Mark read" (ticked ones) and "mark all read" travel as plain request
 * parameters applied by a postback view action.
 */
@Named
@RequestScoped
public class SystemNotificationsBean {

    private static final int MAX = 100;

    @EJB
    private NotificationService notifications;

    @Inject
    private LocaleBean localeBean;

    private List<NotificationView> items;
    private Long unread;

    public void load() {
        items = notifications.inbox(MAX, localeBean.getLocale());
        unread = null;
    }

    /** Applies the pressed button ({@code act} = read for the ticked notifications, readAll for all). */
    public void apply() {
        String act = RequestParameters.posted("act");
        if ("readAll".equals(act)) {
            Messages.addGlobalInfo("system.notifications.done", notifications.markAllRead());
        } else if ("read".equals(act)) {
            List<Long> ids = RequestParameters.ids("id");
            if (ids.isEmpty()) {
                Messages.addGlobalWarn("system.notifications.noneSelected");
                return;
            }
            Messages.addGlobalInfo("system.notifications.done", notifications.markRead(ids));
        } else {
            return;
        }
        load();
    }

    public List<NotificationView> getItems() {
        return items;
    }

    /** The caller's unread count, read once per request (the console menu shows it). */
    public long getUnread() {
        if (unread == null) {
            unread = notifications.unreadCount();
        }
        return unread;
    }

    /** Whether the link is a platform path the page may offer (never another site or a script). */
    public boolean isPlatformLink(String link) {
        return link != null && link.startsWith("/") && !link.startsWith("//");
    }
}
