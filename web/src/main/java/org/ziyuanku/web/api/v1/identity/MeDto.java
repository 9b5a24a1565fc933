package org.ziyuanku.web.api.v1.identity;

import java.util.List;

/** The caller: user name and realm roles. */
public record MeDto(String username, List<String> roles) {
}
