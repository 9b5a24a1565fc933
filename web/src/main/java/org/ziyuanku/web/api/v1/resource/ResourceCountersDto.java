package org.ziyuanku.web.api.v1.resource;

import org.ziyuanku.service.resource.ResourceCountersView;

/** A resource's exact totals and its average rating. */
public record ResourceCountersDto(long views, long plays, long downloads, long courseUses, long ratingCount,
        double rating) {

    static ResourceCountersDto of(ResourceCountersView c) {
        return new ResourceCountersDto(c.views(), c.plays(), c.downloads(), c.courseUses(), c.ratingCount(),
                c.ratingAverage());
    }
}
