/**
 * Who is calling and what they may do: the signed-in user as the EJB container knows them, scope checks for every
 * service, the people of an organisation, and real-name registration (实名制) against school rosters.
 */
package org.ziyuanku.service.identity;
