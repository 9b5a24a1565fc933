package org.ziyuanku.web.console.resource;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.ziyuanku.service.resource.LibraryChoiceView;
import org.ziyuanku.service.resource.ResourceUploadService;

/**
 * The libraries a page offers the caller (those they may contribute to, read once for the bean that holds this) and
 * which one it shows: the one chosen, else the caller's first.
 */
@Dependent
public class LibraryChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ResourceUploadService uploads;

    private transient List<LibraryChoiceView> libraries;

    public List<LibraryChoiceView> libraries() {
        if (libraries == null) {
            libraries = uploads.libraries();
        }
        return libraries;
    }

    /** The library chosen, else the caller's first (null when they have none); the list is read only for the latter. */
    public Long chosenOrFirst(Long chosen) {
        return chosenOrFirst(chosen, this::libraries);
    }

    /** The library chosen when it is one of those offered, else the caller's first (null when they have none). */
    public Long offeredOrFirst(Long chosen) {
        boolean offered = chosen != null && libraries().stream().anyMatch(l -> l.id() == chosen);
        return offered ? chosen : chosenOrFirst(null, this::libraries);
    }

    /** The rule, for a page that reads the libraries itself: the one chosen, else the first of those it reads. */
    public static Long chosenOrFirst(Long chosen, Supplier<List<LibraryChoiceView>> libraries) {
        if (chosen != null) {
            return chosen;
        }
        List<LibraryChoiceView> offered = libraries.get();
        return offered.isEmpty() ? null : offered.get(0).id();
    }
}
