package org.ziyuanku.web.console.identity;

import java.util.List;
import java.util.Locale;
import org.ziyuanku.service.identity.RosterRowError;
import org.ziyuanku.web.faces.LocaleBean;
import org.ziyuanku.web.faces.MessageBundle;

/** The problems of an imported sheet as lines for the page, in its locale, each row's prefixed with its number. */
final class SheetErrorLines {

    private SheetErrorLines() {
    }

    /** @param rowKey the message that puts the row number ({0}) before the problem ({1}) */
    static List<String> of(List<RosterRowError> errors, String rowKey) {
        Locale locale = LocaleBean.current();
        return errors.stream().map(error -> {
            String text = MessageBundle.text(locale, error.key(), error.args().toArray());
            return error.wholeFile() ? text : MessageBundle.text(locale, rowKey, String.valueOf(error.row()), text);
        }).toList();
    }
}
