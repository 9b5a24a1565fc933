package org.ziyuanku.web.api.v1.resource;

/** Why a published resource is taken down. */
public record TakeDownDto(String reason) {
}
