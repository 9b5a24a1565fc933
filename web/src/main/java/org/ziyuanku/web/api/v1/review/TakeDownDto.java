package org.ziyuanku.web.api.v1.review;

/** Why a published resource is taken down. */
public record TakeDownDto(String reason) {
}
