/** The question bank's console pages (issue 15). */
package org.ziyuanku.web.console.exam;
