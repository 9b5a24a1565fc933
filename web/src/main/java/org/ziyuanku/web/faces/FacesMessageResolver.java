package org.ziyuanku.web.faces;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import org.omnifaces.util.Messages;

/** Makes OmniFaces {@code Messages.addGlobalWarn("key", …)} look the key up in the bundle of the view's locale. */
@WebListener
public class FacesMessageResolver implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Messages.setResolver((key, params) -> MessageBundle.text(currentLocale(), key, params));
    }

    private static Locale currentLocale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context == null || context.getViewRoot() == null ? LocaleBean.DEFAULT : context.getViewRoot().getLocale();
    }
}
