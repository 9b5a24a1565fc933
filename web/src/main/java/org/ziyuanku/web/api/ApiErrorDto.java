package org.ziyuanku.web.api;

/** The JSON body of every API error: HTTP status, a stable error code, a message in the caller's language. */
public record ApiErrorDto(int status, String error, String message, String parameter) {
}
