package org.ziyuanku.service.system;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Who notifications go to, as the kernel needs to know them: implemented by identity ({@code AccountRecipients}), so
 * the kernel depends on no context above it.
 */
public interface Recipients {

    /** The recipients with these account ids, by id; ids without an account are left out. */
    List<Recipient> withIds(Collection<Long> ids);

    /** The account id of the user name, if it has an account. */
    Optional<Long> idOf(String username);

    /** One recipient: account id, user name and display name. */
    record Recipient(long id, String username, String displayName) {

        /** The name a message shows: the display name, or the user name when there is none. */
        public String shownName() {
            return displayName == null || displayName.isBlank() ? username : displayName;
        }
    }
}
