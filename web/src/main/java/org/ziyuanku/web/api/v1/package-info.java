/** Version 1 of the REST API; request parameters are validated here, business rules in the EJB services. */
package org.ziyuanku.web.api.v1;
