package org.ziyuanku.service.exam.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.ziyuanku.service.exam.QuestionAccess;
import org.ziyuanku.service.exam.QuestionBankService;
import org.ziyuanku.service.exam.QuestionDraft;
import org.ziyuanku.service.system.RefusedException;

/** Stores the questions of an all-or-nothing import in one transaction: the first refusal rolls all of them back. */
@Stateless
@PermitAll
public class QuestionImportWriter {

    @EJB
    private QuestionBankService bank;

    @Inject
    private QuestionAccess access;

    /**
     * The name of the library whose bank the caller may import into or export from (checked in a transaction, as the
     * library's units are read lazily).
     *
     * @throws org.ziyuanku.service.system.AccessDeniedException when the caller does not contribute to it
     */
    public String libraryName(long libraryId, String action) {
        return access.library(libraryId, action).getName();
    }

    /** @throws QuestionImportFailedException naming the draft the bank refused; nothing is stored then */
    public List<Long> addAll(long libraryId, List<QuestionDraft> drafts) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            try {
                ids.add(bank.add(libraryId, drafts.get(i)));
            } catch (RefusedException e) {
                throw new QuestionImportFailedException(i, e);
            }
        }
        return ids;
    }
}
