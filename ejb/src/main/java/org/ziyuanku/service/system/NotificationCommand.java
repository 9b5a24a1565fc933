package org.ziyuanku.service.system;

import java.util.List;
import java.util.Set;

/** PLACEHOLDER until the notifications branch is merged. */
public record NotificationCommand(Set<Long> recipientIds, String messageKey, List<String> args, String link) {
}
