package org.ziyuanku.web.api.v1.resource;

/** A rating: 1 to 5 stars. */
public record RatingDto(Integer stars) {
}
