package org.ziyuanku.web.console.identity;

import java.util.Optional;

/** The {@code ?organisation=…} parameter of the identity console pages, read as an organisation id. */
final class OrganisationParameter {

    private OrganisationParameter() {
    }

    /** The id, or empty when the parameter is missing, blank or not a number. */
    static Optional<Long> id(String text) {
        try {
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(Long.valueOf(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
