package org.ziyuanku.service.identity.internal;

import java.util.regex.Pattern;
import org.ziyuanku.domain.identity.OrganisationUnit;
import org.ziyuanku.service.identity.OrganisationProfileCommand;
import org.ziyuanku.service.identity.OrganisationUnitRefusedException;

/** The form of what administrators type for units and for their organisation's data; refusals carry bundle keys. */
public final class OrganisationInput {

    static final int MAX_SHORT_NAME = 32;
    static final int MAX_TEXT = 255;
    static final int MAX_EMAIL = 254;
    private static final Pattern WEBSITE = Pattern.compile("https?://[^\\s/?#]+\\.[^\\s]+|https?://[^\\s/?#]+\\.[a-z]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{5,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private OrganisationInput() {
    }

    /** Checks a unit's name (required, ≤ 100) and code (≤ 32). */
    public static void checkUnit(String name, String code) {
        if (name == null || name.isBlank()) {
            throw new OrganisationUnitRefusedException("identity.units.refused.nameRequired");
        }
        if (name.strip().length() > OrganisationUnit.MAX_NAME) {
            throw new OrganisationUnitRefusedException("identity.units.refused.nameTooLong",
                    String.valueOf(OrganisationUnit.MAX_NAME));
        }
        if (code != null && code.strip().length() > OrganisationUnit.MAX_CODE) {
            throw new OrganisationUnitRefusedException("identity.units.refused.codeTooLong",
                    String.valueOf(OrganisationUnit.MAX_CODE));
        }
    }

    /** Checks lengths, the website (http or https), the phone number (digits, + - ( ) and blanks) and the e-mail. */
    public static void checkProfile(OrganisationProfileCommand c) {
        if (longer(c.shortName(), MAX_SHORT_NAME)) {
            throw new OrganisationUnitRefusedException("identity.units.refused.shortNameTooLong",
                    String.valueOf(MAX_SHORT_NAME));
        }
        if (longer(c.website(), MAX_TEXT) || !blank(c.website()) && !WEBSITE.matcher(c.website().strip()).matches()) {
            throw new OrganisationUnitRefusedException("identity.units.refused.website", c.website());
        }
        if (!blank(c.contactPhone()) && !PHONE.matcher(c.contactPhone().strip()).matches()) {
            throw new OrganisationUnitRefusedException("identity.units.refused.phone", c.contactPhone());
        }
        if (longer(c.contactEmail(), MAX_EMAIL)
                || !blank(c.contactEmail()) && !EMAIL.matcher(c.contactEmail().strip()).matches()) {
            throw new OrganisationUnitRefusedException("identity.units.refused.email", c.contactEmail());
        }
        if (longer(c.address(), MAX_TEXT)) {
            throw new OrganisationUnitRefusedException("identity.units.refused.addressTooLong",
                    String.valueOf(MAX_TEXT));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean longer(String text, int max) {
        return text != null && text.strip().length() > max;
    }
}
