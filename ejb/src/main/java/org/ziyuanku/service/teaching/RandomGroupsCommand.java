package org.ziyuanku.service.teaching;

/**
 * Random groups (随机分组) from the class's ACTIVE learners in no group: either {@code groups} groups or groups of at
 * most {@code size} learners (exactly one of the two), named {@code prefix} and a number.
 */
public record RandomGroupsCommand(Integer groups, Integer size, String prefix) {
}
