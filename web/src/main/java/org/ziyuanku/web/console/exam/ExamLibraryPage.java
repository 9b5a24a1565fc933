package org.ziyuanku.web.console.exam;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.ziyuanku.service.resource.LibraryChoiceView;
import org.ziyuanku.web.console.resource.LibraryChoice;

/**
 * A page of the question bank about one library the caller works in (the questions, the papers, the import): the libraries it
 * offers, read once per view, and the one it shows.
 */
public abstract class ExamLibraryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LibraryChoice choice;

    private Long libraryId;

    public List<LibraryChoiceView> getLibraries() {
        return choice.libraries();
    }

    /** The library shown: the one chosen, else the caller's first. */
    public Long getLibraryId() {
        libraryId = choice.chosenOrFirst(libraryId);
        return libraryId;
    }

    public void setLibraryId(Long libraryId) {
        this.libraryId = libraryId;
    }

    /** The library shown, or -1 when the caller works in none (the service refuses that as unknown). */
    protected long libraryOrNone() {
        return getLibraryId() == null ? -1 : libraryId;
    }
}
