package org.ziyuanku.web.api.v1.identity;

/**
 * The body of {@code POST /api/v1/organisations/{id}/units} and {@code PUT …/units/{unitId}}: the parent unit's id
 * (null or absent: top level), the name, an optional code and the position among siblings.
 */
public record OrganisationUnitDto(Long parentId, String name, String code, Integer sortOrder) {
}
