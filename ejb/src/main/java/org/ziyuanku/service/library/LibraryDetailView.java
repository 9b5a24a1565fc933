package org.ziyuanku.service.library;

import java.io.Serializable;
import java.util.List;
import org.ziyuanku.domain.library.LibraryLevel;
import org.ziyuanku.domain.library.LibraryStatus;

/** Everything the library page shows: host units in order (first = 第一主持单位) and participating units. */
public record LibraryDetailView(long id, String code, Integer catalogueNo, String name, LibraryLevel level,
        LibraryStatus status, String categoryCode, String categoryName, String categoryNameEn, String coreMajor,
        String provinceName, String description, List<OrganisationView> hostUnits,
        List<OrganisationView> participants) implements Serializable {

    public LibraryDetailView {
        hostUnits = List.copyOf(hostUnits);
        participants = List.copyOf(participants);
    }
}
