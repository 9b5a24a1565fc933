/** Beans of the portal's learning pages: the public verification of a certificate of completion (结业证书查验). */
package org.ziyuanku.web.portal.learning;
