/** Beans of console/qa: a resource's Q&A (答疑) with similar questions offered before posting. */
package org.ziyuanku.web.console.qa;
