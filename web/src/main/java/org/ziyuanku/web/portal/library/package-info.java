/** Beans of the public library catalogue and library pages (webapp/portal/library). */
package org.ziyuanku.web.portal.library;
