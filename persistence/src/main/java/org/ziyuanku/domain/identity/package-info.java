/**
 * Organisations and, later, people: schools, companies, associations and education departments that host or take
 * part in resource libraries.
 */
package org.ziyuanku.domain.identity;
