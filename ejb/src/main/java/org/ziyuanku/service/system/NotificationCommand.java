package org.ziyuanku.service.system;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to tell whom (通知): platform accounts ({@code user_account.id}), a key of the notification bundle
 * ({@code org/ziyuanku/service/system/notifications_*.properties}) with its arguments, and the page it points to as
 * a {@link PageRoute} (such as {@code review.queue}; the web module owns the paths). Null arguments become empty
 * strings; a null page means no link.
 */
public record NotificationCommand(Set<Long> recipientIds, String messageKey, List<String> args, PageRoute page) {

    public NotificationCommand {
        Objects.requireNonNull(recipientIds, "recipientIds");
        recipientIds = recipientIds.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        if (messageKey == null || messageKey.isBlank()) {
            throw new IllegalArgumentException("a notification needs a message key");
        }
        args = args == null ? List.of() : args.stream().map(a -> a == null ? "" : a).toList();
    }

    /** The page as the notification stores it, or null. */
    public String link() {
        return page == null ? null : page.encode();
    }
}
