package org.ziyuanku.web.faces;

import jakarta.faces.application.Application;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Mojarra's flash out of the HTTP sessions. Because web.xml declares the application distributable, Mojarra
 * switches on its "distributable" mode, in which the flash copies its one application-wide map (every user's pending
 * flash entries) into each session it touches: sessions then grew with other users' traffic and were replicated to
 * every node with it. The platform's own messages for the next page live in the user's session
 * ({@link NextRequestMessages}), and WildFly replicates a session's attributes itself, so the mode is switched off once
 * the application is configured (PostConstructApplicationEvent, faces-config.xml), before the flash is first made.
 * Mojarra's configuration class is reached by name: it is the server's implementation, not an API of the platform.
 */
public class FlashOutOfSessions implements SystemEventListener {

    private static final Logger LOG = Logger.getLogger(FlashOutOfSessions.class.getName());
    private static final String CONFIGURATION = "com.sun.faces.config.WebConfiguration";
    /** Where Mojarra keeps its one flash (ELFlash) once made: it reads the option only when it is made. */
    private static final String FLASH = "csfcff";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof Application;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void processEvent(SystemEvent event) {
        try {
            Class<?> configuration = Class.forName(CONFIGURATION, true, Thread.currentThread().getContextClassLoader());
            Class<? extends Enum> option = (Class<? extends Enum>) Class.forName(CONFIGURATION
                    + "$BooleanWebContextInitParameter", true, configuration.getClassLoader());
            Object config = configuration.getMethod("getInstance", ExternalContext.class).invoke(null,
                    FacesContext.getCurrentInstance().getExternalContext());
            Enum<?> distributable = Enum.valueOf(option, "EnableDistributable");
            configuration.getMethod("setOptionEnabled", option, boolean.class).invoke(config, distributable, false);
            Map<String, Object> application = FacesContext.getCurrentInstance().getExternalContext().getApplicationMap();
            // the flash copies its map into the session whenever this attribute is present at all, true or false
            application.remove((String) option.getMethod("getQualifiedName").invoke(distributable));
            notDistributable(application.get(FLASH));
            LOG.info("Mojarra's distributable flash is off: the flash stays out of the sessions");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mojarra's distributable flash could not be switched off", e);
        }
    }

    /** A flash made before the application was configured keeps the mode it read: its field is set too. */
    private static void notDistributable(Object flash) throws ReflectiveOperationException {
        if (flash != null) {
            Field field = flash.getClass().getDeclaredField("distributable");
            field.setAccessible(true);
            field.setBoolean(flash, false);
        }
    }
}
