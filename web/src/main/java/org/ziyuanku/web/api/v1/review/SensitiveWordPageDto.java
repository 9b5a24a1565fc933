package org.ziyuanku.web.api.v1.review;

import java.util.List;
import org.ziyuanku.service.review.SensitiveWordPage;

/** One page of dictionary words, alphabetical; {@code page} counts from zero. */
public record SensitiveWordPageDto(List<SensitiveWordDto> items, int page, int size, long total) {

    static SensitiveWordPageDto of(SensitiveWordPage page) {
        return new SensitiveWordPageDto(page.items().stream().map(SensitiveWordDto::of).toList(), page.page(),
                page.size(), page.total());
    }
}
