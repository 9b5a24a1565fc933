package org.ziyuanku.web.api.v1.learning;

/** A favourite to save or move: a resource, or an offering and its item; the folder's name (blank: 默认收藏夹). */
public record FavouriteBodyDto(Long resourceId, Long offeringId, Long nodeId, String folder) {
}
