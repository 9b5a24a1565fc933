package org.ziyuanku.service.system.internal;

import java.util.List;

/**
 * Fired by {@code Notifier} once the notification rows are written; observed after the transaction commits, so a
 * rolled-back action mails nothing.
 */
public record NotificationsStored(List<Recipient> recipients, String messageKey, List<String> args, String link) {

    /** A recipient by user name (the directory's key for the e-mail address) and display name. */
    public record Recipient(String username, String displayName) {
    }
}
