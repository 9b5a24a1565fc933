package org.ziyuanku.web.console.system;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import jakarta.faces.view.ViewScoped;
import org.omnifaces.util.Messages;
import org.ziyuanku.service.system.NotificationService;
import org.ziyuanku.service.system.NotificationView;
import org.ziyuanku.web.faces.LocaleBean;

/**
 * The caller's notifications (console/system/notifications.xhtml), newest first: the ones selected in the table, or
 * all, are marked read by the page's own form. The console home reads the unread count from here too.
 */
@Named
@ViewScoped
public class SystemNotificationsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX = 100;

    @EJB
    private NotificationService notifications;

    @Inject
    private LocaleBean localeBean;

    private transient List<NotificationView> items;
    private transient List<NotificationView> selected = new ArrayList<>();
    private Long unread;

    public void load() {
        items = notifications.inbox(MAX, localeBean.getLocale());
        unread = null;
    }

    /** Marks the selected notifications read. */
    public void markRead() {
        if (selected == null || selected.isEmpty()) {
            Messages.addGlobalWarn("system.notifications.noneSelected");
            return;
        }
        Messages.addGlobalInfo("system.notifications.done",
                notifications.markRead(selected.stream().map(NotificationView::id).toList()));
        selected = new ArrayList<>();
        load();
    }

    /** Marks all the caller's notifications read. */
    public void markAllRead() {
        Messages.addGlobalInfo("system.notifications.done", notifications.markAllRead());
        load();
    }

    public List<NotificationView> getItems() {
        if (items == null) {
            load();
        }
        return items;
    }

    public List<NotificationView> getSelected() {
        return selected;
    }

    public void setSelected(List<NotificationView> selected) {
        this.selected = selected;
    }

    /** The caller's unread count, read once per view (the console menu shows it). */
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
