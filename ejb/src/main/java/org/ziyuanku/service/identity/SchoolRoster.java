package org.ziyuanku.service.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ziyuanku.domain.identity.RosterEntry;
import org.ziyuanku.domain.identity.RosterText;
import org.ziyuanku.service.identity.internal.RosterEntryRepository;

/**
 * Identity's narrow published question about a school's real-name roster (实名制名单), for class rosters that teaching
 * imports: which account, if any, verified itself under exactly this number and name. One answer, "matched" with the
 * account or "not matched", whether the number is unknown, the name differs or nobody has bound the entry yet, so a
 * caller cannot probe which student numbers exist (as {@link RealNameService} answers MISMATCH for all of them).
 * No security of its own; the caller's service decides who may ask.
 */
@ApplicationScoped
public class SchoolRoster {

    @Inject
    private RosterEntryRepository roster;

    /** The account bound to the school's roster entry with that number and name; empty when not matched. */
    public Optional<Long> boundAccount(long organisationId, String studentNo, String name) {
        String number = RosterText.number(studentNo);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        return roster.byNumber(organisationId, number).filter(RosterEntry::isBound).filter(e -> e.matchesName(name))
                .map(e -> e.getBoundUser().getId());
    }
}
