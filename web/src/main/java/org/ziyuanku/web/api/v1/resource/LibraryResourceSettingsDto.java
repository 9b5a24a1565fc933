package org.ziyuanku.web.api.v1.resource;

import org.ziyuanku.service.resource.LibraryResourceSettingsView;

/** A library's resource settings: naming rule (null: by title) and whether downloading needs an account. */
public record LibraryResourceSettingsDto(String namingRule, Boolean downloadRequiresLogin) {

    static LibraryResourceSettingsDto of(LibraryResourceSettingsView v) {
        return new LibraryResourceSettingsDto(v.namingRule(), v.downloadRequiresLogin());
    }
}
