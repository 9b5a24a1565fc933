package org.ziyuanku.service.resource;

import java.io.Serializable;

/** How a library treats its resources: the naming rule (null: by title) and whether downloading needs an account. */
public record LibraryResourceSettingsView(long libraryId, String namingRule, boolean downloadRequiresLogin)
        implements Serializable {
}
