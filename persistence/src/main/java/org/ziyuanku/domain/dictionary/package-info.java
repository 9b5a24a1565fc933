/**
 * The data dictionary (数据字典): the platform's code lists, their entries and the history of every change.
 */
package org.ziyuanku.domain.dictionary;
