/** Who is calling: the signed-in user as the EJB container knows them, for scope checks in every service. */
package org.ziyuanku.service.identity;
