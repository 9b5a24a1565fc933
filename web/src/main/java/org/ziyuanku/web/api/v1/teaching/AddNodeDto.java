package org.ziyuanku.web.api.v1.teaching;

/**
 * The body of {@code POST …/outline/nodes}: where (parent node, none for a module), title, and an item's resource;
 * {@code "itemKind": "SELF_TEST"} adds a self-test item instead (no resource).
 */
public record AddNodeDto(Long parentId, String title, Long resourceId, String itemKind) {
}
