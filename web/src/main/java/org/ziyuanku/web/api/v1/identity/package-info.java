/** {@code /api/v1/me}: the caller's identity, for clients holding a bearer token from the ziyuanku realm. */
package org.ziyuanku.web.api.v1.identity;
