/** Beans of the portal's review pages: the review record of a published resource (资源审核记录). */
package org.ziyuanku.web.portal.review;
