package org.ziyuanku.web.api.v1.review;

import java.util.List;

/** A library's review levels, level 1 first, as rule names ({@code UNIT_REVIEWER}, {@code LIBRARY_ADMIN} …). */
public record ReviewPolicyDto(List<String> levels) {
}
