package org.ziyuanku.web.faces;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.omnifaces.util.Messages;

/** Makes OmniFaces {@code Messages.addGlobalWarn("key", …)} look the key up in the bundle of the chosen language. */
@WebListener
public class FacesMessageResolver implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Messages.setResolver((key, params) -> MessageBundle.text(LocaleBean.current(), key, params));
    }
}
