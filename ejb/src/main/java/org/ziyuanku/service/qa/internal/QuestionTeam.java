package org.ziyuanku.service.qa.internal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.ziyuanku.domain.system.PlatformRole;
import org.ziyuanku.service.identity.Caller;
import org.ziyuanku.service.library.Libraries;
import org.ziyuanku.service.resource.CallerAccess;

/**
 * Who the caller is for a library's Q&A: its team (those who contribute to or manage the library: they answer as
 * staff, mark best answers, promote to the FAQ), a teacher (answers as staff), or anybody signed in.
 */
@RequestScoped
public class QuestionTeam {

    @Inject
    private Caller caller;

    @Inject
    private Libraries libraries;

    /** Whether the caller is on the library's team. */
    public boolean team(long libraryId) {
        return !caller.isAnonymous() && new CallerAccess(caller).canContribute(libraries.find(libraryId));
    }

    /** Whether an answer by the caller is a staff answer: the team, or a teacher of any school. */
    public boolean staff(long libraryId) {
        return caller.holds(PlatformRole.TEACHER) || team(libraryId);
    }
}
