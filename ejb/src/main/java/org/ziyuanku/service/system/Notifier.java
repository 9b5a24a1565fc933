package org.ziyuanku.service.system;

import jakarta.enterprise.context.ApplicationScoped;

/** PLACEHOLDER until the notifications branch is merged. */
@ApplicationScoped
public class Notifier {

    public void notify(NotificationCommand command) {
        // placeholder
    }
}
