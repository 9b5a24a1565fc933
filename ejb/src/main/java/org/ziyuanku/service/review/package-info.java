/**
 * Review (审核) services. Today the sensitive-word dictionary (敏感词库): {@link
 * org.ziyuanku.service.review.SensitiveWordService} lets security and national administrators keep it, and {@link
 * org.ziyuanku.service.review.SensitiveWordScreening} screens a submission's metadata and extracted text against it
 * with one Aho-Corasick pass per field, so the review workflow can stop blocked words and highlight flagged ones.
 */
package org.ziyuanku.service.review;
