/** Identity jobs: Keycloak's sign-in events copied into the audit chain, and password expiry for administrators. */
package org.ziyuanku.batch.identity;
