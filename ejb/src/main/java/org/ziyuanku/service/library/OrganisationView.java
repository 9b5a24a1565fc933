package org.ziyuanku.service.library;

import java.io.Serializable;
import org.ziyuanku.domain.identity.OrganisationType;

/** An organisation as shown in lists: a host or participating unit of a library. */
public record OrganisationView(long id, String name, OrganisationType type, String provinceName)
        implements Serializable {
}
