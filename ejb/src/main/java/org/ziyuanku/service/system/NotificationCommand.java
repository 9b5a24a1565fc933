package org.ziyuanku.service.system;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to tell whom (通知): platform accounts ({@code user_account.id}), a key of the notification bundle
 * ({@code org/ziyuanku/service/system/notifications_*.properties}) with its arguments, and a platform-relative link
 * such as {@code /console/review/queue.xhtml}. Null arguments become empty strings; a blank link means none.
 */
public record NotificationCommand(Set<Long> recipientIds, String messageKey, List<String> args, String link) {

    public NotificationCommand {
        Objects.requireNonNull(recipientIds, "recipientIds");
        recipientIds = recipientIds.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        if (messageKey == null || messageKey.isBlank()) {
            throw new IllegalArgumentException("a notification needs a message key");
        }
        args = args == null ? List.of() : args.stream().map(a -> a == null ? "" : a).toList();
        link = link == null || link.isBlank() ? null : link.strip();
    }
}
