package org.ziyuanku.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API root: every endpoint lives under {@code /api/v1}. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
