package org.ziyuanku.service.resource;

/** What a visitor did with a resource, counted exactly: opened its page, played it, downloaded it. */
public enum ResourceActivity {
    VIEWS, PLAYS, DOWNLOADS
}
