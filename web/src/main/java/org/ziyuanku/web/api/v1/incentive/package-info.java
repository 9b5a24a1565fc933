/**
 * REST for incentives: the caller's points and badges, badge credentials as Open Badges 3.0 JSON-LD, the point rules
 * and the rankings of a class, a library and a school.
 */
package org.ziyuanku.web.api.v1.incentive;
