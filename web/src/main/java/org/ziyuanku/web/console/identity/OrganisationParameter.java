package org.ziyuanku.web.console.identity;

import java.util.Optional;
import org.ziyuanku.web.faces.PageIds;

/** The {@code ?organisation=…} parameter of the identity console pages, read as an organisation id. */
final class OrganisationParameter {

    private OrganisationParameter() {
    }

    /** The id, or empty when the parameter is missing or blank; a malformed one is the 404 page ({@link PageIds}). */
    static Optional<Long> id(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(PageIds.of(text));
    }
}
