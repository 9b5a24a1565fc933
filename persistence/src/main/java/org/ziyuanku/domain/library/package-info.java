/**
 * Resource libraries (专业教学资源库) and their reference data: provinces, the major categories of the national
 * higher-vocational catalogue, majors, and the library itself with its ordered host units (主持单位, at most three,
 * the first being the 第一主持单位) and participating units (参建单位).
 */
package org.ziyuanku.domain.library;
