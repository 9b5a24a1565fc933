package org.ziyuanku.web.api.v1.system;

/** The health answer: overall status and the database's. */
public record HealthDto(String status, String database) {
}
