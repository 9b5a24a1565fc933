package org.ziyuanku.service.identity;

import java.io.Serializable;

/**
 * A unit of an organisation in its tree, listed depth first: {@code depth} 0 for a top-level unit, {@code parentId}
 * null for one; {@code members} counts the people placed in it.
 */
public record OrganisationUnitView(long id, Long parentId, String name, String code, int sortOrder, int depth,
        long members) implements Serializable {
}
