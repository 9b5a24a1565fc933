/**
 * Text analysis for matching: {@link org.ziyuanku.infrastructure.text.ChineseSegmenter} cuts Chinese (and Latin) text
 * into terms with Lucene's SmartChinese analyser, after the domain terms it is given (a user dictionary: welding, CNC
 * and, once a knowledge graph exists, the library's knowledge-point names) have been taken out whole.
 */
package org.ziyuanku.infrastructure.text;
