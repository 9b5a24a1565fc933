package org.ziyuanku.domain.review;

import java.io.Serializable;
import java.util.Objects;

/** Who took a review step, as the record keeps them: user name, display name, the role they acted in, their unit. */
public record ReviewActor(String username, String displayName, String role, String unit) implements Serializable {

    public ReviewActor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }
}
