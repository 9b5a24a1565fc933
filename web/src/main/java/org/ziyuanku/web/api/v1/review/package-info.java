/** {@code /api/v1/sensitive-words}: the sensitive-word dictionary (敏感词库) for security and national administrators. */
package org.ziyuanku.web.api.v1.review;
