package org.ziyuanku.service.identity;

/**
 * A unit to add, or what a unit becomes: its parent (null for the top level), name (≤ 100, unique among siblings),
 * optional code (≤ 32) and position among its siblings (null: 0 for a new unit, unchanged for an existing one).
 */
public record UnitCommand(Long parentId, String name, String code, Integer sortOrder) {
}
