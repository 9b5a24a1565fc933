package org.ziyuanku.service.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ziyuanku.domain.identity.UserAccount;
import org.ziyuanku.service.identity.internal.UserAccountRepository;
import org.ziyuanku.service.system.Recipients;

/** Identity answers the kernel's {@link Recipients}: notification recipients are platform accounts. */
@ApplicationScoped
public class AccountRecipients implements Recipients {

    @Inject
    private UserAccountRepository accounts;

    @Override
    public List<Recipient> withIds(Collection<Long> ids) {
        return accounts.withIds(ids).stream()
                .map(a -> new Recipient(a.getId(), a.getUsername(), a.getDisplayName())).toList();
    }

    @Override
    public Optional<Long> idOf(String username) {
        return accounts.find(username).map(UserAccount::getId);
    }
}
