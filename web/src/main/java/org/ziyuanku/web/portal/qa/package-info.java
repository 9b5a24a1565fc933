/** Beans of portal/qa: a library's FAQ (常见问题), public. */
package org.ziyuanku.web.portal.qa;
